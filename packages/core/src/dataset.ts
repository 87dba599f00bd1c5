import type {TableTab} from './model.js';
import {isRecord, typeOf} from './text.js';
import {isVersionScheme, versionSchemes, type VersionScheme} from './versions.js';

/** The `upgrade_paths` front matter key, read. */
export interface DatasetFrontMatter {
  /** Product slug. */
  readonly product?: string | undefined;
  /** Install method slug. */
  readonly install?: string | undefined;
  /** Dataset title. */
  readonly title?: string | undefined;
  /** How the page's tables write versions (README, "Version schemes"); default: inferred per table. */
  readonly scheme?: VersionScheme | undefined;
}

/**
 * Turn text into a slug: lower case, runs of characters outside `[a-z0-9]`
 * replaced by one `-`, no leading or trailing `-`.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const slugExpression = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Read the `upgrade_paths` key of a page's front matter.
 *
 * Format (README, "Datasets"):
 * `upgrade_paths: {product?: slug, install?: slug, title?: string, scheme?: 'semver' | 'calver' | 'loose'}`.
 *
 * @param frontMatter
 *   The page's whole front matter (any shape).
 * @returns
 *   The settings read, and "Unexpected …" sentences (rule
 *   `dataset-front-matter`) for values of the wrong shape, which are then
 *   ignored.
 */
export function datasetFrontMatter(frontMatter: unknown): {settings: DatasetFrontMatter; problems: string[]} {
  const problems: string[] = [];
  const settings: {product?: string; install?: string; title?: string; scheme?: VersionScheme} = {};
  if (!isRecord(frontMatter) || frontMatter['upgrade_paths'] === undefined) {
    return {settings, problems};
  }
  const value = frontMatter['upgrade_paths'];
  if (!isRecord(value)) {
    problems.push(
      'Unexpected `upgrade_paths` front matter of type `' +
        typeOf(value) +
        '`, expected a map such as `{product: palette, install: kubernetes}`',
    );
    return {settings, problems};
  }
  for (const key of ['product', 'install'] as const) {
    const field = value[key];
    if (field === undefined) continue;
    if (typeof field === 'string' && slugExpression.test(field)) {
      settings[key] = field;
    } else {
      problems.push(
        'Unexpected `upgrade_paths.' +
          key +
          '` value `' +
          String(field) +
          '`, expected a slug such as `' +
          (slugify(String(field)) || 'palette') +
          '` (lower case letters, digits and `-`)',
      );
    }
  }
  if (value['title'] !== undefined) {
    if (typeof value['title'] === 'string' && value['title'].trim() !== '') {
      settings.title = value['title'].trim();
    } else {
      problems.push('Unexpected `upgrade_paths.title` value `' + String(value['title']) + '`, expected text');
    }
  }
  if (value['scheme'] !== undefined) {
    if (isVersionScheme(value['scheme'])) {
      settings.scheme = value['scheme'];
    } else {
      problems.push(
        'Unexpected `upgrade_paths.scheme` value `' +
          String(value['scheme']) +
          '`, expected ' +
          versionSchemes.map((scheme) => '`' + scheme + '`').join(', ').replace(/, ([^,]+)$/, ' or $1'),
      );
    }
  }
  for (const key of Object.keys(value)) {
    if (key !== 'product' && key !== 'install' && key !== 'title' && key !== 'scheme') {
      problems.push('Unexpected `upgrade_paths.' + key + '` key, expected `product`, `install`, `title` or `scheme`');
    }
  }
  return {settings, problems};
}

/**
 * Dataset id of a table: `<product>/<install>`.
 *
 * - product: front matter `upgrade_paths.product`, else the doc id.
 * - install: front matter `upgrade_paths.install`, else the slugified value
 *   of the tab the table sits in, else `default`.
 */
export function datasetId(
  settings: DatasetFrontMatter,
  docId: string,
  tab: TableTab | null,
): string {
  const product = settings.product ?? docId;
  const install = settings.install ?? (tab ? slugify(tab.value) || 'default' : 'default');
  return product + '/' + install;
}

/**
 * Dataset title a table proposes: front matter `upgrade_paths.title`, else
 * the page title, followed by ` (<tab label>)` for a table in a tab.
 */
export function datasetTitle(
  settings: DatasetFrontMatter,
  pageTitle: string,
  tab: TableTab | null,
): string {
  if (settings.title) return settings.title;
  return tab ? pageTitle + ' (' + tab.label + ')' : pageTitle;
}
