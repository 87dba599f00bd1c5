/*
 * docusaurus-plugin-upgrade-paths theme (MIT licence). `docusaurus swizzle
 * --eject` drops this header from the copy and keeps the rest.
 */

import {useEffect, useId, useMemo, useState, type KeyboardEvent, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Props} from '@theme/UpgradeChecker/VersionCombobox';
import styles from './styles.module.css';

/**
 * A version field with type-ahead, after the WAI-ARIA combobox pattern
 * ("list autocomplete, no automatic selection"): an `<input role="combobox">`
 * that controls a `role="listbox"` of the versions starting with what was
 * typed.
 *
 * Keys: ArrowDown / ArrowUp open the list and move the active option
 * (`aria-activedescendant`, focus stays in the input); Enter commits the
 * active option, else the typed text, so a version the tables never mention
 * can be entered too; Escape closes the list, a second Escape restores the
 * committed value. Leaving the field commits what was typed.
 *
 * Part of `UpgradeChecker`, swizzlable alone
 * (`UpgradeChecker/VersionCombobox`); the label and input take the look of
 * the checker's fields from `UpgradeChecker`'s stylesheet, the list its own.
 */
export default function UpgradeCheckerVersionCombobox({label, value, versions, disabled, onCommit}: Props): ReactNode {
  const id = useId();
  const inputId = id + 'input';
  const labelId = id + 'label';
  const listboxId = id + 'listbox';
  // `null`: the reader is not typing, the field shows `value`.
  const [draft, setDraft] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const options = useMemo(() => matching(versions, draft ?? ''), [versions, draft]);
  const expanded = open && options.length > 0;
  const activeId = expanded && active >= 0 && active < options.length ? optionId(listboxId, active) : undefined;

  useEffect(
    function () {
      if (activeId === undefined) return;
      // `scrollIntoView` is missing in some DOM implementations (jsdom).
      document.getElementById(activeId)?.scrollIntoView?.({block: 'nearest'});
    },
    [activeId],
  );

  function commit(next: string): void {
    setDraft(null);
    setOpen(false);
    setActive(-1);
    onCommit(next.trim());
  }

  function close(): void {
    setOpen(false);
    setActive(-1);
  }

  function move(step: 1 | -1): void {
    if (!expanded) {
      const current = options.indexOf(value);
      setOpen(true);
      setActive(current >= 0 ? current : step === 1 ? 0 : options.length - 1);
      return;
    }
    setActive((index) => {
      if (index < 0) return step === 1 ? 0 : options.length - 1;
      return (index + step + options.length) % options.length;
    });
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>): void {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (event.altKey) {
          if (event.key === 'ArrowDown') setOpen(true);
          else close();
          return;
        }
        move(event.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      case 'Enter': {
        event.preventDefault();
        const option = activeId === undefined ? undefined : options[active];
        commit(option ?? draft ?? value);
        return;
      }
      case 'Escape': {
        if (expanded) {
          event.preventDefault();
          close();
        } else if (draft !== null) {
          event.preventDefault();
          setDraft(null);
        }
        return;
      }
      default:
    }
  }

  return (
    <div>
      <label htmlFor={inputId} id={labelId}>
        {label}
      </label>
      <div className={styles.control}>
        <input
          id={inputId}
          type="text"
          role="combobox"
          inputMode="decimal"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={activeId}
          placeholder={translate({
            id: 'theme.upgradePaths.checker.placeholder',
            message: 'Type or choose a version',
            description: 'Placeholder of the version fields of the upgrade checker',
          })}
          disabled={disabled}
          value={draft ?? value}
          onChange={(event) => {
            setDraft(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onClick={() => (open ? close() : setOpen(true))}
          onKeyDown={onKeyDown}
          onBlur={() => (draft === null ? close() : commit(draft))}
        />
        <ul id={listboxId} role="listbox" aria-labelledby={labelId} className={styles.listbox} hidden={!expanded}>
          {expanded
            ? options.map((option, index) => (
                <li
                  key={option}
                  id={optionId(listboxId, index)}
                  role="option"
                  aria-selected={index === active}
                  className={clsx(styles.option, index === active && styles.optionActive)}
                  // Keep focus in the input (no blur before the click).
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => commit(option)}>
                  {option}
                  {option === versions[0] ? (
                    <span className={styles.newest}>
                      {' '}
                      {translate({
                        id: 'theme.upgradePaths.checker.newest',
                        message: '(newest)',
                        description: 'Marks the newest version in the version list of the upgrade checker',
                      })}
                    </span>
                  ) : null}
                </li>
              ))
            : null}
        </ul>
      </div>
    </div>
  );
}

/** Versions starting with the typed text (a leading `v` ignored), newest first. */
function matching(versions: readonly string[], typed: string): readonly string[] {
  const prefix = typed.trim().replace(/^v/i, '');
  return prefix === '' ? versions : versions.filter((version) => version.startsWith(prefix));
}

function optionId(listboxId: string, index: number): string {
  return listboxId + '-' + index;
}
