import type {Finding, Position, TableTab} from './model.js';

/** The `upgrade_paths` front matter key, read. */
export interface DatasetFrontMatter {
  /** Product slug. */
  readonly product?: string | undefined;
  /** Install method slug. */
  readonly install?: string | undefined;
  /** Dataset title. */
  readonly title?: string | undefined;
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
 * Format (README, "Dataset front matter"):
 * `upgrade_paths: {product?: slug, install?: slug, title?: string}`.
 *
 * @param frontMatter
 *   The page's whole front matter (any shape).
 * @param file
 *   Site-relative path, for findings.
 * @param place
 *   Where to report problems (the front matter block, or the file start).
 * @returns
 *   The settings read and findings (rule `dataset-front-matter`) for values of
 *   the wrong shape, which are then ignored.
 */
export function datasetFrontMatter(
  frontMatter: unknown,
  file: string,
  place: Position,
): {settings: DatasetFrontMatter; findings: Finding[]} {
  const findings: Finding[] = [];
  const settings: {product?: string; install?: string; title?: string} = {};
  if (!isRecord(frontMatter) || frontMatter['upgrade_paths'] === undefined) {
    return {settings, findings};
  }
  const value = frontMatter['upgrade_paths'];
  if (!isRecord(value)) {
    findings.push(
      problem(
        'Unexpected `upgrade_paths` front matter of type `' +
          typeOf(value) +
          '`, expected a map such as `{product: palette, install: kubernetes}`',
      ),
    );
    return {settings, findings};
  }
  for (const key of ['product', 'install'] as const) {
    const field = value[key];
    if (field === undefined) continue;
    if (typeof field === 'string' && slugExpression.test(field)) {
      settings[key] = field;
    } else {
      findings.push(
        problem(
          'Unexpected `upgrade_paths.' +
            key +
            '` value `' +
            String(field) +
            '`, expected a slug such as `' +
            (slugify(String(field)) || 'palette') +
            '` (lower case letters, digits and `-`)',
        ),
      );
    }
  }
  if (value['title'] !== undefined) {
    if (typeof value['title'] === 'string' && value['title'].trim() !== '') {
      settings.title = value['title'].trim();
    } else {
      findings.push(
        problem('Unexpected `upgrade_paths.title` value `' + String(value['title']) + '`, expected text'),
      );
    }
  }
  for (const key of Object.keys(value)) {
    if (key !== 'product' && key !== 'install' && key !== 'title') {
      findings.push(
        problem('Unexpected `upgrade_paths.' + key + '` key, expected `product`, `install` or `title`'),
      );
    }
  }
  return {settings, findings};

  function problem(message: string): Finding {
    return {ruleId: 'dataset-front-matter', severity: 'error', message, file, position: place};
  }
}

/**
 * Dataset id of a table: `<product>/<install>`.
 *
 * - product: front matter `upgrade_paths.product`, else the doc id.
 * - install: front matter `upgrade_paths.install`, else the slugified `value`
 *   of the `<TabItem>` the table sits in, else `default`.
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

/**
 * File name (without folder) of the data module that holds one dataset:
 * safe on every file system and unique per id.
 *
 * @example
 *   datasetModuleName('palette/kubernetes') // 'palette-kubernetes-<hash>.json'
 */
export function datasetModuleName(id: string): string {
  return slugify(id).slice(0, 60) + '-' + hash(id) + '.json';
}

/** FNV-1a 32-bit hash as 8 hex digits: short, stable across platforms. */
function hash(value: string): string {
  let result = 0x811c9dc5;
  for (let index = 0; index < value.length; index++) {
    result ^= value.charCodeAt(index);
    result = Math.imul(result, 0x01000193) >>> 0;
  }
  return result.toString(16).padStart(8, '0');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}
