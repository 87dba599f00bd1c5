import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {copySite, root, runDocusaurus} from './build.js';
import {pluginSourceDir, sourceFiles} from './theme.js';

/** Ids of `translate({id: '…'})` calls and `<Translate id="…">` elements in a source text. */
export function translationIds(text: string): string[] {
  const calls = [...text.matchAll(/\btranslate\(\s*\{\s*id:\s*(['"])([^'"]+)\1/g)].map((match) => match[2]!);
  const elements = [...text.matchAll(/<Translate\s+id=(['"])([^'"]+)\1/g)].map((match) => match[2]!);
  return [...calls, ...elements];
}

describe('`docusaurus write-translations` on example-site', function () {
  it('lists every `theme.upgradePaths.*` id the theme components use', async function () {
    const siteDir = copySite(path.join(root, 'example-site'), 'write-translations-site');
    const result = await runDocusaurus(siteDir, ['write-translations', siteDir]);
    expect(result.status, result.output).toBe(0);
    const codeFile = path.join(siteDir, 'i18n', 'en', 'code.json');
    expect(fs.existsSync(codeFile), result.output).toBe(true);

    const code = JSON.parse(fs.readFileSync(codeFile, 'utf8')) as Record<
      string,
      {message: string}
    >;
    const written = Object.keys(code)
      .filter((id) => id.startsWith('theme.upgradePaths.'))
      .sort();
    const used = [
      ...new Set(
        ['theme', 'client'].flatMap((dir) =>
          sourceFiles(path.join(pluginSourceDir, dir)).flatMap((file) => translationIds(fs.readFileSync(file, 'utf8'))),
        ),
      ),
    ].sort();
    expect(used.length).toBeGreaterThan(40);
    expect(used.every((id) => id.startsWith('theme.upgradePaths.'))).toBe(true);
    expect(written).toEqual(used);
    // Messages come from the compiled theme: a `<Translate>` child as written.
    expect(code['theme.upgradePaths.table.source']?.message).toBe('Source Version');
  });

  it('reads ids from both forms', function () {
    expect(
      translationIds("translate({id: 'a.b', message: 'x'}); <Translate id=\"c.d\" description=\"y\">z</Translate>"),
    ).toEqual(['a.b', 'c.d']);
  });
});
