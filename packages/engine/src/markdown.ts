import {createRequire} from 'node:module';

/**
 * How a document is parsed, as Docusaurus's `markdown.format`: `mdx` parses
 * `.md` and `.mdx` as MDX (Docusaurus's default), `md` parses as CommonMark,
 * `detect` picks by extension (`.mdx` MDX, else CommonMark).
 */
export type DocumentFormat = 'mdx' | 'md' | 'detect';

/**
 * The parts of a site's Markdown config that change how its docs parse
 * (Docusaurus's `markdown` config and the docs plugin's `admonitions`).
 */
export interface MarkdownSettings {
  /** `markdown.format`. */
  readonly format: DocumentFormat;
  /** `markdown.mdx1Compat.headingIds`: `## Title {#id}` is escaped before parsing. */
  readonly headingIds: boolean;
  /** `markdown.mdx1Compat.admonitions`: `:::note Title` becomes `:::note[Title]`. */
  readonly admonitions: boolean;
  /** `markdown.mdx1Compat.comments`: `<!-- -->` comments parse in MDX. */
  readonly comments: boolean;
  /** Admonition types (the docs plugin's `admonitions.keywords`, defaults included). */
  readonly admonitionKeywords: readonly string[];
}

const require = createRequire(import.meta.url);

/** Docusaurus's default admonition types (`@docusaurus/mdx-loader`, `remark/admonitions`). */
export const defaultAdmonitionKeywords: readonly string[] = (
  require('@docusaurus/mdx-loader/lib/remark/admonitions/index.js') as {
    DefaultAdmonitionOptions: {keywords: readonly string[]};
  }
).DefaultAdmonitionOptions.keywords;

/** Docusaurus's defaults: MDX, every `mdx1Compat` layer on, the default admonitions. */
export const defaultMarkdownSettings: MarkdownSettings = {
  format: 'mdx',
  headingIds: true,
  admonitions: true,
  comments: true,
  admonitionKeywords: defaultAdmonitionKeywords,
};

/**
 * The settings of a site: its `markdown` config (as Docusaurus validated it,
 * or as written) and the docs plugin's `admonitions` option.
 *
 * @param markdown
 *   `siteConfig.markdown` (any subset; missing keys take Docusaurus's defaults).
 * @param admonitions
 *   The docs plugin's `admonitions` option (`true`, `false`, or
 *   `{keywords, extendDefaults}`), normalised as `@docusaurus/mdx-loader` does.
 */
export function markdownSettings(markdown: unknown, admonitions: unknown = true): MarkdownSettings {
  const config = (typeof markdown === 'object' && markdown !== null ? markdown : {}) as {
    format?: unknown;
    mdx1Compat?: {headingIds?: unknown; admonitions?: unknown; comments?: unknown};
  };
  const compat = config.mdx1Compat ?? {};
  const format = config.format === 'md' || config.format === 'detect' ? config.format : 'mdx';
  let keywords: readonly string[] = [];
  if (admonitions !== false) {
    const {normalizeAdmonitionOptions} = require('@docusaurus/mdx-loader/lib/remark/admonitions/index.js') as {
      normalizeAdmonitionOptions: (options: unknown) => {keywords: readonly string[]};
    };
    keywords = normalizeAdmonitionOptions(admonitions === undefined ? true : admonitions).keywords;
  }
  return {
    format,
    headingIds: compat.headingIds !== false,
    admonitions: compat.admonitions !== false,
    comments: compat.comments !== false,
    admonitionKeywords: keywords,
  };
}

/** Whether a document is parsed as MDX under a `markdown.format`. */
export function isMdxDocument(file: string, format: DocumentFormat): boolean {
  return format === 'md' ? false : format === 'detect' ? /\.mdx$/i.test(file) : true;
}

/** Stable text of settings: equal for equal settings (for cache keys). */
export function markdownKey(settings: MarkdownSettings): string {
  return JSON.stringify(settings);
}
