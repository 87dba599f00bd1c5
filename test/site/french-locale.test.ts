/**
 * example-site's second locale, `fr`: its own build (the shared global setup
 * builds `en` only), the committed translations of the theme's strings, and
 * the docs falling back to the English content.
 */
import fs from 'node:fs';
import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {buildSite, copySite, readPage, root, runDocusaurus, temporaryDir, type BuildResult} from './build.js';

const siteDir = path.join(root, 'example-site');

/** Messages of a `code.json` written by `docusaurus write-translations`, by id. */
function readCode(file: string): Record<string, string> {
  const code = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, {message: string}>;
  return Object.fromEntries(Object.entries(code).map(([id, entry]) => [id, entry.message]));
}

/** The `theme.upgradePaths.*` ids of a code.json's messages, sorted. */
function themeIds(code: Record<string, string>): string[] {
  return Object.keys(code)
    .filter((id) => id.startsWith('theme.upgradePaths.'))
    .sort();
}

describe('example-site i18n/fr/code.json', function () {
  it('translates every `theme.upgradePaths.*` id that `write-translations --locale fr` finds', async function () {
    // A copy without i18n/: what write-translations finds, with the English messages.
    const copy = copySite(siteDir, 'write-translations-fr-site');
    const result = await runDocusaurus(copy, ['write-translations', copy, '--locale', 'fr']);
    expect(result.status, result.output).toBe(0);
    const english = readCode(path.join(copy, 'i18n', 'fr', 'code.json'));
    const committed = readCode(path.join(siteDir, 'i18n', 'fr', 'code.json'));

    expect(themeIds(english).length).toBeGreaterThan(40);
    expect(themeIds(committed)).toEqual(themeIds(english));
    // French and English agree on this word only.
    const sameInFrench = new Set(['theme.upgradePaths.checker.installation']);
    const untranslated = themeIds(english).filter((id) => !sameInFrench.has(id) && committed[id] === english[id]);
    expect(untranslated).toEqual([]);
    expect(committed['theme.admonition.preview']).not.toBe(english['theme.admonition.preview']);
  });
});

describe('example-site built in French (`docusaurus build --locale fr`)', function () {
  let result: BuildResult;

  beforeAll(async function () {
    result = await buildSite(siteDir, path.join(temporaryDir, 'example-site-fr'), ['--locale', 'fr']);
  });

  function page(permalink: string): Document {
    expect(result.status, result.output).toBe(0);
    return readPage(result.outDir, permalink);
  }

  it('shows the upgrade table, its header and its filter in French', function () {
    const document = page('self-hosted/kubernetes/upgrade');
    expect(document.documentElement.lang).toBe('fr');
    const table = document.querySelector('article table')!;
    expect([...table.querySelectorAll('thead th')].map((cell) => cell.textContent)).toEqual([
      'Version source',
      'Version cible',
      'Prise en charge',
    ]);
    expect(document.getElementById('upgrade-4-7-16-to-4-7-20')?.textContent).toContain('Pris en charge');
    expect(document.getElementById('upgrade-4-1-x-to-4-3-6')?.textContent).toContain('Non pris en charge');
    const filter = document.querySelector('article input[type="search"]')!;
    expect(document.querySelector('label[for="' + filter.id + '"]')?.textContent).toBe('Filtrer par version');
    expect(filter.getAttribute('placeholder')).toBe('Par exemple 4.6');
    // The page's one filter counts the rows of its five tables.
    expect(document.querySelector('article [role="status"]')?.textContent).toBe('190 lignes sur 190');
  });

  it('titles and describes the upgrade graph in French', function () {
    const graph = page('self-hosted/kubernetes/upgrade').querySelector('[data-upgrade-graph="palette/kubernetes"]')!;
    const svg = graph.querySelector('svg')!;
    expect(svg.querySelector('title')?.textContent).toMatch(/^Chemins de mise à niveau de /);
    expect(svg.querySelector('desc')?.textContent).toMatch(/versions en \d+ séries mineures/);
    expect(graph.textContent).toContain('Mise à niveau prise en charge (liée à sa ligne de tableau)');
    const titles = [...svg.querySelectorAll('title')].map((title) => title.textContent ?? '');
    expect(titles.some((title) => / vers .+ : pris en charge$/.test(title))).toBe(true);
  });

  it('shows the upgrade checker\'s labels, placeholder and prompt in French', function () {
    const checker = page('self-hosted/kubernetes/plan-your-upgrade').querySelector('[data-upgrade-checker="palette/kubernetes"]')!;
    const fields = [...checker.querySelectorAll('input[role="combobox"]')].map((input) => checker.querySelector('label[for="' + input.id + '"]')?.textContent);
    expect(fields).toEqual(['Version actuelle', 'Version cible']);
    // The graph under the answer (`graph` prop) has its own control.
    expect(checker.querySelector('[data-upgrade-graph] label')?.textContent).toMatch(/^Afficher les mises à niveau refusées \(\d+\)$/);
    expect(checker.querySelector('input[role="combobox"]')?.getAttribute('placeholder')).toBe(
      'Saisissez ou choisissez une version',
    );
    expect(checker.querySelector('[role="status"]')?.textContent).toBe(
      'Choisissez votre version actuelle pour savoir comment mettre à niveau.',
    );
  });

  it('titles the `:::preview` admonition in French', function () {
    const admonition = page('vertex/management-appliance/upgrade').querySelector('.theme-admonition-preview');
    expect(admonition?.textContent).toMatch(/^aperçu/);
  });

  it('keeps the docs in English: without i18n/fr/docusaurus-plugin-content-docs/current/, docs/ is the content', function () {
    expect(fs.existsSync(path.join(siteDir, 'i18n', 'fr', 'docusaurus-plugin-content-docs', 'current'))).toBe(false);
    expect(page('self-hosted/kubernetes/upgrade').querySelector('h1')?.textContent).toBe('Upgrade Palette on Kubernetes');
  });
});
