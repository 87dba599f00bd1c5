/**
 * The pipelines the remark plugin runs in, set up once for the tests.
 *
 * - `plain`: a plain unified parse with the syntax extensions Docusaurus
 *   parses with, no Docusaurus transforms.
 * - `docusaurus`: Docusaurus's real MDX compilation, through
 *   `@docusaurus/mdx-loader`'s own `compileToJSX` (its preprocessor, its
 *   processor with its remark plugin list, its default markdown config), with
 *   front matter parsed by Docusaurus's own front matter parser, as its
 *   webpack loader does.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import remarkComment from '@slorber/remark-comment';
import type {Root} from 'mdast';
import remarkUpgradePaths, {type Options, type UpgradePathsData} from 'remark-upgrade-paths';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified, type Pluggable, type Plugin, type Processor} from 'unified';
import {VFile} from 'vfile';

const require = createRequire(import.meta.url);
const docusaurusRequire = createRequire(require.resolve('@docusaurus/mdx-loader/package.json'));

interface MarkdownConfig {
  readonly parseFrontMatter: (parameters: {
    filePath: string;
    fileContent: string;
    defaultParseFrontMatter: unknown;
  }) => Promise<{frontMatter: Record<string, unknown>; content: string}>;
  readonly [key: string]: unknown;
}

const {compileToJSX} = docusaurusRequire('./lib/utils.js') as {
  compileToJSX: (parameters: {
    filePath: string;
    fileContent: string;
    frontMatter: Record<string, unknown>;
    options: object;
    compilerName: 'client' | 'server';
  }) => Promise<{content: string; data: {upgradePaths?: UpgradePathsData; [key: string]: unknown}}>;
};
const {DEFAULT_MARKDOWN_CONFIG} = require('@docusaurus/core/lib/server/configValidation.js') as {
  DEFAULT_MARKDOWN_CONFIG: MarkdownConfig;
};
const {DEFAULT_PARSE_FRONT_MATTER} = require('@docusaurus/utils') as {DEFAULT_PARSE_FRONT_MATTER: unknown};

/** Import a package the way `@docusaurus/mdx-loader` resolves it. */
async function importFromDocusaurus<T>(name: string): Promise<T> {
  return (await import(pathToFileURL(docusaurusRequire.resolve(name)).href)) as T;
}

const {default: remarkDirective} = await importFromDocusaurus<{default: Plugin<[], Root>}>('remark-directive');

/** A temporary site folder (it has a `docusaurus.config.js`) to put documents in. */
export interface TestSite {
  readonly siteDir: string;
  /** Copy `value` to `docs/<relative>` and return its absolute path. */
  add(relative: string, value: string): string;
  remove(): void;
}

export function createSite(): TestSite {
  const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-remark-'));
  fs.writeFileSync(path.join(siteDir, 'docusaurus.config.js'), 'export default {};\n');
  fs.mkdirSync(path.join(siteDir, 'static'));
  return {
    siteDir,
    add(relative, value) {
      const filePath = path.join(siteDir, 'docs', relative);
      fs.mkdirSync(path.dirname(filePath), {recursive: true});
      fs.writeFileSync(filePath, value);
      return filePath;
    },
    remove() {
      fs.rmSync(siteDir, {recursive: true, force: true});
    },
  };
}

/** The plain parse: remark-parse, MDX, front matter, directives, GFM, comments. */
export function plainProcessor(options?: Options | null): Processor<Root> {
  return unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkFrontmatter)
    .use(remarkDirective)
    .use(remarkGfm)
    .use(remarkComment)
    .use(remarkUpgradePaths, options) as unknown as Processor<Root>;
}

/** Run the plain pipeline on a file on disk; the vfile carries data and messages. */
export async function runPlain(filePath: string, options: Options = {replace: false}): Promise<VFile> {
  const processor = plainProcessor(options);
  const file = new VFile({path: filePath, value: fs.readFileSync(filePath, 'utf8')});
  await processor.run(processor.parse(file), file);
  return file;
}

/** Where the plugin sits in Docusaurus's remark plugin list. */
export type Placement = 'before-defaults' | 'after-defaults';

// One options object per setting: Docusaurus caches processors per options object.
const optionsCache = new Map<string, object>();

function docusaurusOptions(siteDir: string, placement: Placement, plugin: Options): object {
  const key = siteDir + '\0' + placement + '\0' + JSON.stringify(plugin);
  let options = optionsCache.get(key);
  if (!options) {
    const entry: Pluggable = [remarkUpgradePaths, plugin];
    options = {
      // Docusaurus defaults, except broken images/links in copied pages are
      // not this test's concern.
      markdownConfig: {...DEFAULT_MARKDOWN_CONFIG, hooks: {onBrokenMarkdownLinks: 'ignore', onBrokenMarkdownImages: 'ignore'}},
      admonitions: true,
      siteDir,
      staticDirs: [path.join(siteDir, 'static')],
      // `beforeDefaultRemarkPlugins` run first (before front matter,
      // directives, admonitions, emoji); `remarkPlugins` run after all of
      // Docusaurus's own (emoji, admonitions, headings, details, gfm, comment).
      ...(placement === 'before-defaults' ? {beforeDefaultRemarkPlugins: [entry]} : {remarkPlugins: [entry]}),
    };
    optionsCache.set(key, options);
  }
  return options;
}

/** Compile a file on disk as Docusaurus's MDX loader does. */
export async function compileWithDocusaurus(
  siteDir: string,
  filePath: string,
  placement: Placement,
  plugin: Options = {},
): Promise<{content: string; data: UpgradePathsData; frontMatter: Record<string, unknown>}> {
  // Webpack's loader runner drops a leading byte-order mark before loaders see the text.
  const fileContent = fs.readFileSync(filePath, 'utf8').replace(/^\uFEFF/, '');
  const {frontMatter} = await DEFAULT_MARKDOWN_CONFIG.parseFrontMatter({
    filePath,
    fileContent,
    defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER,
  });
  const result = await compileToJSX({
    filePath,
    fileContent,
    frontMatter,
    options: docusaurusOptions(siteDir, placement, plugin),
    compilerName: 'client',
  });
  const data = result.data.upgradePaths;
  if (!data) throw new Error('remark-upgrade-paths did not run on ' + filePath);
  return {content: result.content, data, frontMatter};
}
