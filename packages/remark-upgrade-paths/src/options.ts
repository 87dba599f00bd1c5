import path from 'node:path';
import {resolvePartialsPath} from '@upgrade-paths/engine';

/** Configuration of `remark-upgrade-paths`. */
export interface Options {
  /**
   * Replace each recognised table in place with
   * `<UpgradePathTable table="<table id>" />` and inject the imports it needs.
   * `false` keeps tables as they are (messages and `file.data` still come).
   *
   * @default true
   */
  readonly replace?: boolean | null | undefined;
  /**
   * Folder that table ids and `file` fields are relative to.
   *
   * @default the site folder of the Docusaurus build that read the file, else the closest folder above the file holding a `docusaurus.config.*`, else `file.cwd`
   */
  readonly siteDir?: string | null | undefined;
  /**
   * Docs folder, relative to `siteDir`; doc ids (the product when front
   * matter names none) are paths relative to it, without extension. In a
   * Docusaurus build, the doc ids the Docusaurus plugin read are used.
   *
   * @default 'docs'
   */
  readonly docsPath?: string | null | undefined;
  /**
   * Id of the `docusaurus-plugin-upgrade-paths` instance whose data modules
   * replaced tables read.
   *
   * @default the instance that read the file, else 'default'
   */
  readonly pluginId?: string | null | undefined;
  /**
   * Partial folders, relative to `siteDir`: `<PartialsComponent category name />`
   * usages resolve to the `_*.mdx` partials under them (for a doc of version
   * `<v>`, `versioned_partials/version-<v>/` first). Give the same folders as the
   * Docusaurus plugin's `partials.path`.
   *
   * @default the Docusaurus plugin's `partials.path` when it read the file, else ['_partials']
   */
  readonly partialsPath?: string | readonly string[] | null | undefined;
}

/** Options with defaults applied; `undefined` where the default depends on the file. */
export interface Settings {
  readonly replace: boolean;
  readonly siteDir: string | undefined;
  readonly docsPath: string;
  readonly pluginId: string | undefined;
  readonly partialsPath: readonly string[] | undefined;
}

/**
 * Validate options and apply defaults.
 *
 * @throws {TypeError}
 *   When an option has the wrong type; the message names the value and what
 *   was expected.
 */
export function resolveOptions(options: Readonly<Options> | null | undefined): Settings {
  const given = options ?? {};
  if (typeof given !== 'object') {
    throw new TypeError(
      'Unexpected `' + String(given) + '` as remark-upgrade-paths options, expected an object or nothing',
    );
  }
  const siteDir = check('siteDir', 'string');
  return {
    replace: check('replace', 'boolean') ?? true,
    siteDir: siteDir === undefined ? undefined : path.resolve(siteDir),
    docsPath: check('docsPath', 'string') ?? 'docs',
    pluginId: check('pluginId', 'string'),
    partialsPath: given.partialsPath === null || given.partialsPath === undefined ? undefined : resolvePartialsPath(given.partialsPath),
  };

  function check<Type extends 'boolean' | 'string'>(
    key: keyof Options,
    type: Type,
  ): (Type extends 'boolean' ? boolean : string) | undefined {
    const value = given[key];
    if (value === null || value === undefined) return undefined;
    if (typeof value !== type) {
      throw new TypeError(
        'Unexpected `' + String(value) + '` as remark-upgrade-paths option `' + key + '`, expected a ' + type,
      );
    }
    return value as Type extends 'boolean' ? boolean : string;
  }
}
