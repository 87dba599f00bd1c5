/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type {ReactNode} from 'react';
import {act, cleanup, fireEvent, render, screen, waitFor, within} from '@testing-library/react';
import {hydrateRoot} from 'react-dom/client';
import {renderToString} from 'react-dom/server';
import {MemoryRouter, Route} from 'react-router-dom';
import type {History} from 'history';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {Dataset, UpgradeRow} from '@upgrade-paths/core';
import {rowAnchor} from '@upgrade-paths/core';
import UpgradeChecker from '../../packages/docusaurus-plugin-upgrade-paths/src/theme/UpgradeChecker/index.js';
import {
  readCheckerQuery,
  writeCheckerQuery,
} from '../../packages/docusaurus-plugin-upgrade-paths/src/client/query.js';

// A jsdom page, set up before anything is imported. (The `jsdom` test
// environment transforms modules for the web, where the Docusaurus aliases
// below cannot be resolved before they are mocked.)
await vi.hoisted(async () => {
  const {JSDOM} = await import('jsdom');
  const {populateGlobal} = await import('vitest/environments');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {url: 'http://localhost/'});
  populateGlobal(globalThis, dom.window, {bindFunctions: true});
  Object.assign(globalThis, {IS_REACT_ACT_ENVIRONMENT: true});
});

// Docusaurus client aliases, reduced to what the component relies on.
// translate(): the site's translation of an id when there is one, else the
// default message, with `{placeholders}` that have a value filled in and the
// others kept (as `@docusaurus/Translate`); every id used is recorded.
// <Interpolate>: placeholders filled with strings or elements.
const client = vi.hoisted(() => ({translations: {} as Record<string, string>, ids: new Set<string>()}));

vi.mock('@docusaurus/Translate', () => {
  type Values = Record<string, string | number>;
  return {
    translate: ({id, message}: {id?: string; message: string}, values?: Values) => {
      if (id !== undefined) client.ids.add(id);
      const text = (id === undefined ? undefined : client.translations[id]) ?? message;
      return text.replace(/\{(\w+)\}/g, (placeholder, key: string) => String(values?.[key] ?? placeholder));
    },
  };
});
vi.mock('@docusaurus/Interpolate', async () => {
  const {Fragment, createElement} = await import('react');
  return {
    default: ({children, values}: {children: string; values?: Record<string, ReactNode>}) =>
      createElement(
        Fragment,
        null,
        ...children
          .split(/(\{\w+\})/)
          .map((part) => (/^\{\w+\}$/.test(part) ? (values?.[part.slice(1, -1)] ?? part) : part)),
      ),
  };
});
// The real `@docusaurus/router` re-exports these from `react-router-dom`.
vi.mock('@docusaurus/router', async () => {
  const router = await import('react-router-dom');
  return {useHistory: router.useHistory, useLocation: router.useLocation};
});
// `@docusaurus/Link` renders an `<a>` with `to` as `href` (the site has no base URL).
vi.mock('@docusaurus/Link', async () => {
  const {createElement} = await import('react');
  return {
    default: ({to, children}: {to: string; children: ReactNode}) => createElement('a', {href: to}, children),
  };
});

const permalink = '/self-hosted/kubernetes/upgrade';

function row(source: string, target: string, supported: boolean, line: number): UpgradeRow {
  return {source, target, supported, anchor: rowAnchor(source, target), line, column: 1};
}

/**
 * A small dataset shaped like seed 002: 4.4.20 reaches 4.7.20 only through
 * 4.5.23 and 4.6.41; a wildcard ❌ row refuses 4.1.x -> 4.3.6; 4.6.34 and
 * 4.6.36 are dead ends.
 */
const kubernetes: Dataset = {
  id: 'palette/kubernetes',
  title: 'Upgrade Palette on Kubernetes',
  versions: ['4.7.20', '4.7.15', '4.6.41', '4.6.36', '4.6.34', '4.5.23', '4.4.20', '4.4.18', '4.3.6', '4.2.13', '4.1.12'],
  tables: [
    {
      id: 'docs/self-hosted/kubernetes/upgrade.mdx:10',
      file: 'docs/self-hosted/kubernetes/upgrade.mdx',
      permalink,
      line: 10,
      column: 1,
      group: '4.7.x',
      tab: null,
      includedFrom: null,
      rows: [
        row('4.7.15', '4.7.20', true, 12),
        row('4.6.41', '4.7.20', true, 13),
        row('4.6.36', '4.7.20', false, 14),
      ],
    },
    {
      id: 'docs/self-hosted/kubernetes/upgrade.mdx:20',
      file: 'docs/self-hosted/kubernetes/upgrade.mdx',
      permalink,
      line: 20,
      column: 1,
      group: '4.6.x and Prior',
      tab: null,
      includedFrom: null,
      rows: [
        row('4.6.34', '4.6.36', true, 22),
        row('4.5.23', '4.6.41', true, 23),
        row('4.5.23', '4.6.34', true, 24),
        row('4.4.20', '4.5.23', true, 25),
        row('4.4.18', '4.4.20', true, 26),
        row('4.2.13', '4.3.6', true, 27),
        row('4.1.x', '4.3.6', false, 28),
        row('4.1.x', '4.2.13', true, 29),
      ],
    },
  ],
};

const vertex: Dataset = {
  id: 'palette-vertex/management-appliance',
  title: 'Upgrade Palette VerteX with Management Appliance',
  versions: ['4.7.15', '4.7.3'],
  tables: [
    {
      id: 'docs/vertex/management-appliance/upgrade.mdx:39',
      file: 'docs/vertex/management-appliance/upgrade.mdx',
      permalink: '/vertex/management-appliance/upgrade',
      line: 39,
      column: 1,
      group: null,
      tab: null,
      includedFrom: null,
      rows: [row('4.7.3', '4.7.15', false, 41)],
    },
  ],
};

let history: History | undefined;

/** Render inside a memory router at `entry`; `history` is the router's. */
function show(element: ReactNode, entry = '/self-hosted/kubernetes/plan-your-upgrade') {
  return render(
    <MemoryRouter initialEntries={[entry]}>
      {element}
      <Route
        render={(props) => {
          history = props.history;
          return null;
        }}
      />
    </MemoryRouter>,
  );
}

function currentField(): HTMLInputElement {
  return screen.getByRole('combobox', {name: 'Current version'});
}

function targetField(): HTMLInputElement {
  return screen.getByRole('combobox', {name: 'Target version'});
}

function status(): HTMLElement {
  return screen.getByRole('status');
}

/** Type `text` in a field and press Enter, as a keyboard user does. */
function enter(field: HTMLInputElement, text: string): void {
  fireEvent.change(field, {target: {value: text}});
  fireEvent.keyDown(field, {key: 'Enter'});
}

/** `href`s of the hop links of the answer. */
function hopLinks(): string[] {
  return within(status())
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('a')?.getAttribute('href') ?? '');
}

beforeEach(function () {
  client.translations = {};
  history = undefined;
});

afterEach(function () {
  cleanup();
  vi.restoreAllMocks();
});

describe('UpgradeChecker: answers', function () {
  it('defaults the target to the newest version and asks for the current one', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />);
    expect(targetField().value).toBe('4.7.20');
    expect(currentField().value).toBe('');
    expect(currentField().disabled).toBe(false);
    expect(status().textContent).toBe('Choose your current version to see how to upgrade.');
    expect(screen.queryByRole('button', {name: 'Copy path'})).toBeNull();
  });

  const verdicts: ReadonlyArray<{
    name: string;
    from: string;
    to: string;
    verdict: string;
    details?: readonly string[];
    hops?: readonly string[];
  }> = [
    {
      name: 'direct',
      from: '4.7.15',
      to: '4.7.20',
      verdict: 'Supported: upgrade directly from 4.7.15 to 4.7.20.',
      hops: ['upgrade-4-7-15-to-4-7-20'],
    },
    {
      name: 'path',
      from: '4.4.20',
      to: '4.7.20',
      verdict: 'Upgrade from 4.4.20 to 4.7.20 in 3 steps, in this order:',
      hops: ['upgrade-4-4-20-to-4-5-23', 'upgrade-4-5-23-to-4-6-41', 'upgrade-4-6-41-to-4-7-20'],
    },
    {
      name: 'path around a refused direct upgrade',
      from: '4.1.12',
      to: '4.3.6',
      verdict: 'Upgrade from 4.1.12 to 4.3.6 in 2 steps, in this order:',
      details: ['The direct upgrade from 4.1.12 to 4.3.6 is explicitly not supported.'],
      // The first hop relies on the wildcard row 4.1.x -> 4.2.13.
      hops: ['upgrade-4-1-x-to-4-2-13', 'upgrade-4-2-13-to-4-3-6'],
    },
    {
      name: 'no path, with the newest reachable version',
      from: '4.6.34',
      to: '4.7.20',
      verdict: 'No supported upgrade path leads from 4.6.34 to 4.7.20.',
      details: ['The newest version you can reach from 4.6.34 is 4.6.36.'],
    },
    {
      name: 'no path, refused, nothing reachable',
      from: '4.6.36',
      to: '4.7.20',
      verdict: 'No supported upgrade path leads from 4.6.36 to 4.7.20.',
      details: [
        'The direct upgrade from 4.6.36 to 4.7.20 is explicitly not supported.',
        'The upgrade tables list no supported upgrade from 4.6.36.',
      ],
    },
    {
      name: 'downgrade',
      from: '4.7.20',
      to: '4.4.20',
      verdict: 'Downgrades are not supported: 4.4.20 is older than 4.7.20.',
    },
    {
      name: 'same version',
      from: '4.6.41',
      to: '4.6.41',
      verdict: 'Nothing to upgrade: 4.6.41 is already the target version.',
    },
    {
      name: 'unknown current version',
      from: '4.4.19',
      to: '4.7.20',
      verdict: 'Your current version 4.4.19 is not in the upgrade tables.',
      details: ['The documented versions nearest to 4.4.19 are 4.4.18 (older) and 4.4.20 (newer).'],
    },
    {
      name: 'unknown target version, newer than all',
      from: '4.7.15',
      to: '4.8.0',
      verdict: 'The target version 4.8.0 is not in the upgrade tables.',
      details: ['The newest documented version older than 4.8.0 is 4.7.20.'],
    },
    {
      name: 'both unknown, one older than all',
      from: '4.0.1',
      to: '4.8.0',
      verdict: 'Neither 4.0.1 nor 4.8.0 is in the upgrade tables.',
      details: [
        'The oldest documented version newer than 4.0.1 is 4.1.12.',
        'The newest documented version older than 4.8.0 is 4.7.20.',
      ],
    },
    {
      name: 'invalid current version',
      from: '4.6',
      to: '4.7.20',
      verdict: 'Current version 4.6 is not a valid version.',
      details: ['Enter a full version such as 4.7.20.'],
    },
    {
      name: 'invalid target version',
      from: '4.6.41',
      to: '4.7.x',
      verdict: 'Target version 4.7.x is not a valid version.',
      details: ['Enter a full version such as 4.7.20.'],
    },
  ];

  for (const {name, from, to, verdict, details = [], hops = []} of verdicts) {
    it(`says so for ${name} (${from} -> ${to})`, function () {
      show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />);
      enter(currentField(), from);
      enter(targetField(), to);
      const paragraphs = [...status().querySelectorAll('p')].map((node) => node.textContent);
      expect(paragraphs[0]).toBe(verdict);
      expect(paragraphs.slice(1)).toEqual(details);
      expect(hopLinks()).toEqual(hops.map((anchor) => permalink + '#' + anchor));
      expect(status().querySelectorAll('ol')).toHaveLength(hops.length > 0 ? 1 : 0);
      expect(screen.queryByRole('button', {name: 'Copy path'}) !== null).toBe(hops.length > 0);
    });
  }

  it('lists each hop with its versions, linking to the row that allows it', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />);
    enter(currentField(), '4.1.12');
    enter(targetField(), '4.3.6');
    const items = within(status()).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Upgrade from 4.1.12 to 4.2.13 (row 4.1.x to 4.2.13)',
      'Upgrade from 4.2.13 to 4.3.6',
    ]);
    expect(within(status()).getByRole('link', {name: 'explicitly not supported'}).getAttribute('href')).toBe(
      permalink + '#upgrade-4-1-x-to-4-3-6',
    );
  });
});

describe('UpgradeChecker: combobox', function () {
  it('offers the versions starting with what was typed; arrows move, Enter selects', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />);
    const field = currentField();
    expect(field.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(field, {target: {value: '4.6'}});
    expect(field.getAttribute('aria-expanded')).toBe('true');
    const listbox = document.getElementById(field.getAttribute('aria-controls') ?? '');
    expect(listbox?.getAttribute('role')).toBe('listbox');
    const options = () => within(listbox as HTMLElement).getAllByRole('option');
    expect(options().map((option) => option.textContent)).toEqual(['4.6.41', '4.6.36', '4.6.34']);
    expect(field.hasAttribute('aria-activedescendant')).toBe(false);

    fireEvent.keyDown(field, {key: 'ArrowDown'});
    fireEvent.keyDown(field, {key: 'ArrowDown'});
    expect(field.getAttribute('aria-activedescendant')).toBe(options()[1]?.id);
    expect(options().map((option) => option.getAttribute('aria-selected'))).toEqual(['false', 'true', 'false']);
    fireEvent.keyDown(field, {key: 'ArrowUp'});
    fireEvent.keyDown(field, {key: 'ArrowUp'});
    // Wraps around to the last option.
    expect(field.getAttribute('aria-activedescendant')).toBe(options()[2]?.id);

    fireEvent.keyDown(field, {key: 'Enter'});
    expect(field.value).toBe('4.6.34');
    expect(field.getAttribute('aria-expanded')).toBe('false');
    expect(field.hasAttribute('aria-activedescendant')).toBe(false);
    expect(status().textContent).toContain('No supported upgrade path leads from 4.6.34 to 4.7.20.');
  });

  it('Enter without an active option selects the typed text, even a version no table mentions', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />);
    fireEvent.change(currentField(), {target: {value: '4.4.2'}});
    expect(within(document.getElementById(currentField().getAttribute('aria-controls') ?? '') as HTMLElement)
      .getAllByRole('option')
      .map((option) => option.textContent)).toEqual(['4.4.20']);
    fireEvent.keyDown(currentField(), {key: 'Enter'});
    expect(currentField().value).toBe('4.4.2');
    expect(status().textContent).toContain('Your current version 4.4.2 is not in the upgrade tables.');
    expect(status().textContent).toContain('4.3.6 (older) and 4.4.18 (newer)');
  });

  it('opens with ArrowDown on the current value; Escape closes, a second Escape restores the value', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />);
    const field = targetField();
    fireEvent.keyDown(field, {key: 'ArrowDown'});
    expect(field.getAttribute('aria-expanded')).toBe('true');
    const active = document.getElementById(field.getAttribute('aria-activedescendant') ?? '');
    expect(active?.textContent).toBe('4.7.20 (newest)');
    fireEvent.keyDown(field, {key: 'Escape'});
    expect(field.getAttribute('aria-expanded')).toBe('false');

    fireEvent.change(field, {target: {value: '4.5'}});
    fireEvent.keyDown(field, {key: 'Escape'});
    expect(field.value).toBe('4.5');
    fireEvent.keyDown(field, {key: 'Escape'});
    expect(field.value).toBe('4.7.20');
  });

  it('selects an option by pointer and commits typed text when the field loses focus', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />);
    fireEvent.change(currentField(), {target: {value: '4.5'}});
    fireEvent.click(screen.getByRole('option', {name: '4.5.23'}));
    expect(currentField().value).toBe('4.5.23');
    fireEvent.change(targetField(), {target: {value: '4.6.41'}});
    fireEvent.blur(targetField());
    expect(status().textContent).toBe(
      'Supported: upgrade directly from 4.5.23 to 4.6.41.Upgrade from 4.5.23 to 4.6.41',
    );
  });
});

describe('UpgradeChecker: address', function () {
  it('reads ?from=&to= after mount and keeps it current with history.replace', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />, '/plan?from=4.4.20&to=4.6.41');
    expect(currentField().value).toBe('4.4.20');
    expect(targetField().value).toBe('4.6.41');
    expect(status().textContent).toContain('Upgrade from 4.4.20 to 4.6.41 in 2 steps');
    // Reading does not write.
    expect(history?.action).toBe('POP');

    enter(targetField(), '');
    expect(targetField().value).toBe('4.7.20');
    expect(history?.action).toBe('REPLACE');
    expect(history?.length).toBe(1);
    expect(history?.location.pathname).toBe('/plan');
    expect(history?.location.search).toBe('?from=4.4.20&to=4.7.20');
  });

  it('ignores a value that is not a version, with a note rendered as text', function () {
    const hostile = '<img src=x onerror=alert(1)>';
    const {container} = show(
      <UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />,
      '/plan?from=' + encodeURIComponent(hostile) + '&to=4.6.41',
    );
    const note = container.querySelector('[data-ignored="from"]');
    expect(note?.textContent).toBe('Ignored from in the address: ' + hostile + ' is not a version.');
    expect(container.querySelector('img')).toBeNull();
    expect(currentField().value).toBe('');
    expect(targetField().value).toBe('4.6.41');
    expect(status().textContent).toBe('Choose your current version to see how to upgrade.');
  });

  it('leaves an address naming another dataset to the checker of that dataset', function () {
    show(
      <UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />,
      '/plan?dataset=palette-vertex/management-appliance&from=4.7.3',
    );
    expect(currentField().value).toBe('');
  });

  it('query helpers: read keeps versions, lists others; write changes only its parameters', function () {
    expect(readCheckerQuery('?from=v4.4.20&to=latest&dataset=a/b&x=1')).toEqual({
      dataset: 'a/b',
      from: 'v4.4.20',
      to: undefined,
      ignored: [{name: 'to', value: 'latest', reason: 'not-a-version'}],
    });
    expect(writeCheckerQuery('?x=1&from=1.0.0', {from: '2.0.0', to: null, dataset: 'a/b'})).toBe(
      '?x=1&from=2.0.0&dataset=a/b',
    );
    expect(writeCheckerQuery('?from=1.0.0', {from: null})).toBe('');
  });
});

describe('UpgradeChecker: choice of installation', function () {
  function entries() {
    return [
      {id: vertex.id, title: vertex.title, versions: 2, load: vi.fn(async () => ({default: vertex}))},
      {id: kubernetes.id, title: kubernetes.title, versions: 11, load: vi.fn(async () => ({default: kubernetes}))},
    ];
  }

  it('loads a dataset only when it is chosen in the "Installation" field', async function () {
    const datasets = entries();
    show(<UpgradeChecker datasets={datasets} />);
    const installation = screen.getByRole('combobox', {name: 'Installation'});
    expect(status().textContent).toBe('Choose an installation to check its upgrade paths.');
    expect(currentField().disabled).toBe(true);
    expect(datasets.map((entry) => entry.load.mock.calls.length)).toEqual([0, 0]);

    fireEvent.change(installation, {target: {value: vertex.id}});
    expect(status().textContent).toBe('Loading the upgrade paths of ' + vertex.title + '…');
    await waitFor(() => expect(targetField().value).toBe('4.7.15'));
    expect(datasets.map((entry) => entry.load.mock.calls.length)).toEqual([1, 0]);
    expect(history?.location.search).toBe('?dataset=palette-vertex/management-appliance');

    enter(currentField(), '4.7.3');
    expect(status().textContent).toContain('No supported upgrade path leads from 4.7.3 to 4.7.15.');
    expect(within(status()).getByRole('link', {name: 'explicitly not supported'}).getAttribute('href')).toBe(
      '/vertex/management-appliance/upgrade#upgrade-4-7-3-to-4-7-15',
    );
    expect(history?.location.search).toBe('?dataset=palette-vertex/management-appliance&from=4.7.3&to=4.7.15');
  });

  it('reads ?dataset=&from=&to=, and notes a dataset the site does not have', async function () {
    const datasets = entries();
    show(<UpgradeChecker datasets={datasets} />, '/plan?dataset=palette/kubernetes&from=4.4.20&to=4.7.20');
    await waitFor(() => expect(status().textContent).toContain('Upgrade from 4.4.20 to 4.7.20 in 3 steps'));
    expect(datasets.map((entry) => entry.load.mock.calls.length)).toEqual([0, 1]);
    cleanup();

    const {container} = show(<UpgradeChecker datasets={entries()} />, '/plan?dataset=%3Cb%3Enope');
    expect(container.querySelector('[data-ignored="dataset"]')?.textContent).toBe(
      'Ignored dataset in the address: <b>nope is not an installation of this site.',
    );
    expect(container.querySelector('b')).toBeNull();
  });

  it('says so when a dataset fails to load', async function () {
    const datasets = entries();
    datasets[0]!.load.mockRejectedValueOnce(new Error('chunk 42 failed'));
    show(<UpgradeChecker datasets={datasets} />);
    fireEvent.change(screen.getByRole('combobox', {name: 'Installation'}), {target: {value: vertex.id}});
    await waitFor(() =>
      expect(status().textContent).toBe('Could not load the upgrade paths of ' + vertex.title + ': chunk 42 failed'),
    );
  });
});

describe('UpgradeChecker: copy path', function () {
  it('copies `4.4.20 -> 4.5.23 -> 4.6.41 -> 4.7.20` and confirms', async function () {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />, '/plan?from=4.4.20&to=4.7.20');
    fireEvent.click(screen.getByRole('button', {name: 'Copy path'}));
    expect(writeText).toHaveBeenCalledWith('4.4.20 -> 4.5.23 -> 4.6.41 -> 4.7.20');
    await screen.findByText('Copied', {exact: false});
    expect(screen.getByText('Copied', {exact: false}).textContent).toBe('Copied 4.4.20 -> 4.5.23 -> 4.6.41 -> 4.7.20');
  });

  it('says so when the browser refuses to copy', async function () {
    const writeText = vi.fn(async (_text: string) => {
      throw new Error('denied');
    });
    Object.defineProperty(navigator, 'clipboard', {value: {writeText}, configurable: true});
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />, '/plan?from=4.7.15&to=4.7.20');
    fireEvent.click(screen.getByRole('button', {name: 'Copy path'}));
    expect((await screen.findByText('Could not copy', {exact: false})).textContent).toBe(
      'Could not copy: select 4.7.15 -> 4.7.20 and copy it.',
    );
  });
});

describe('UpgradeChecker: rendering', function () {
  it('renders on the server as the first client render does: hydration without warnings', async function () {
    const element = (
      <MemoryRouter initialEntries={['/plan?from=4.4.20&to=4.7.20']}>
        <UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />
      </MemoryRouter>
    );
    const html = renderToString(element);
    // The server knows nothing of the query: empty question, fields disabled, fallback link.
    expect(html).toContain('value="4.7.20"');
    expect(html).not.toContain('4.4.20');
    expect(html).toMatch(/<input[^>]*role="combobox"[^>]*disabled=""/);
    expect(html).toContain('<noscript>');
    expect(html).toContain('href="' + permalink + '"');

    const container = document.createElement('div');
    // A browser running scripts parses <noscript> content as text; jsdom
    // (scripting off) would make its <style> live, and keep it after removal.
    container.innerHTML = html.replace(/<noscript>.*?<\/noscript>/gs, '<noscript></noscript>');
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const recoverable: unknown[] = [];
    let root: ReturnType<typeof hydrateRoot> | undefined;
    await act(async () => {
      root = hydrateRoot(container, element, {onRecoverableError: (error) => recoverable.push(error)});
    });
    expect(recoverable).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    // After hydration: enabled, and the query applied.
    const field = within(container).getByRole('combobox', {name: 'Current version'}) as HTMLInputElement;
    expect(field.disabled).toBe(false);
    expect(field.value).toBe('4.4.20');
    act(() => root?.unmount());
    container.remove();
  });

  it('takes every string from translate() with a theme.upgradePaths.checker.* id', function () {
    client.ids.clear();
    client.translations = {
      'theme.upgradePaths.checker.from': 'Version actuelle',
      'theme.upgradePaths.checker.to': 'Version cible',
      'theme.upgradePaths.checker.verdict.direct': 'Mise à niveau directe de {from} vers {to}.',
    };
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />, '/plan?from=4.7.15&to=4.7.20');
    expect(screen.getByRole('combobox', {name: 'Version actuelle'}).getAttribute('role')).toBe('combobox');
    expect(screen.getByRole('combobox', {name: 'Version cible'})).toBeDefined();
    expect(status().querySelector('p')?.textContent).toBe('Mise à niveau directe de 4.7.15 vers 4.7.20.');
    expect([...client.ids].filter((id) => !id.startsWith('theme.upgradePaths.checker.'))).toEqual([]);
  });

  it('says what is missing when the remark plugin gave it no data', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" />);
    expect(screen.getByRole('alert').textContent).toContain('palette/kubernetes');
  });
});

describe('UpgradeChecker: other products', function () {
  /** A `loose` dataset (two- and four-part versions) with a recommended-path hop and a series target. */
  const cluster: Dataset = {
    id: 'cluster/default',
    title: 'Upgrade the cluster',
    scheme: 'loose',
    versions: ['2.14', '2.13', '2.12', '2.11.0.3'],
    tables: [
      {
        id: 'docs/cluster.md:5',
        file: 'docs/cluster.md',
        permalink: '/cluster',
        line: 5,
        column: 1,
        group: null,
        tab: null,
        includedFrom: null,
        scheme: 'loose',
        rows: [
          row('2.13', '2.14', true, 7),
          {...row('2.11.0.3', '2.12', true, 8), column: 20, derived: 'path'},
          {...row('2.12', '2.13', true, 8), column: 20, derived: 'path'},
          row('2.11.0.3', '2.x', false, 9),
        ],
      },
    ],
  };

  it('reads two- and four-part versions, follows path hops, cites the path cell', function () {
    show(<UpgradeChecker dataset="cluster/default" data={cluster} />, '/plan?from=2.11.0.3&to=2.14');
    expect(targetField().value).toBe('2.14');
    expect(status().querySelector('p')?.textContent).toBe('Upgrade from 2.11.0.3 to 2.14 in 3 steps, in this order:');
    expect(hopLinks()).toEqual(['/cluster#upgrade-2-11-0-3-to-2-12', '/cluster#upgrade-2-12-to-2-13', '/cluster#upgrade-2-13-to-2-14']);
  });

  it('keeps a semver dataset strict: a two-part version is not one of its versions', function () {
    show(<UpgradeChecker dataset="palette/kubernetes" data={kubernetes} />, '/plan?from=4.7&to=4.7.20');
    expect(status().textContent).toBe('Current version 4.7 is not a valid version.Enter a full version such as 4.7.20.');
  });
});
