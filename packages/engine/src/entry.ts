import {createHash} from 'node:crypto';
import {lintDocumentFacts, type Finding, type ResolvedLintConfig} from '@upgrade-paths/core';
import {mayHoldUpgradePaths, type Recognition} from 'mdast-util-upgrade-paths';
import {markdownKey, type MarkdownSettings} from './markdown.js';
import {docsVersionOf} from './paths.js';
import {readPage, type PageRead} from './read.js';
import {recognitionFor} from './recognition.js';

/** The part of a lint file the per-file reading depends on (see `LintFile`). */
export interface EntryFile {
  readonly path: string;
  readonly value: string;
  readonly docId: string;
  readonly markdown?: MarkdownSettings | undefined;
}

/**
 * What `lint` keeps per file between calls: the per-file part of a run
 * (parse, extraction, document rules), reused while the file's content, the
 * config and the Markdown settings stay the same.
 */
export interface LintCacheEntry {
  /** SHA-1 of the content, hex; `''` for a file the prefilter skips (it reads the same whatever its content). */
  readonly hash: string;
  /** `ResolvedLintConfig.key` of the config, and the Markdown settings, the entry was made with. */
  readonly key: string;
  readonly read: PageRead;
  /** Document-rule findings, disable comments not applied. */
  readonly findings: readonly Finding[];
}

/** How one lint run reads its files: the per-file part, the same on every thread. */
export interface EntryReader {
  /** Whether the file is parsed at all (`verbose`, or it passes `mayHoldUpgradePaths`). */
  parses(file: EntryFile): boolean;
  /** The cache key of the file's entry: the config, its Markdown settings and its recognition. */
  key(file: EntryFile): string;
  /**
   * SHA-1 of the file's content, hex: with {@link EntryReader.key}, when a cached entry still holds.
   * Files that do not parse are cached with the hash `''`: they read the same whatever their content.
   */
  hash(file: EntryFile): string;
  /**
   * Read the file: parse it (unless it cannot hold an upgrade table), extract, run the document rules.
   * `parses` is {@link EntryReader.parses} of the file when the caller has it already.
   */
  read(file: EntryFile, hash: string, key: string, parses?: boolean): LintCacheEntry;
}

/**
 * Whether a lint run parses a file's text: with `verbose` every file, else
 * the files `mayHoldUpgradePaths` lets through (with the config's column
 * names). A file it skips reads the same whatever its content.
 *
 * @param config
 *   Resolved lint config.
 * @param verbose
 *   `LintOptions.verbose`.
 */
export function createParsesTest(config: ResolvedLintConfig, verbose: boolean): (value: string) => boolean {
  return (value) => verbose || mayHoldUpgradePaths(value, config.columns);
}

/** What an entry reader found out about one file object, under its run's settings (`runKey`). */
interface FileFacts {
  readonly runKey: string;
  parses?: boolean;
  key?: string;
  hash?: string;
}

/**
 * The prefilter's answer, cache key and hash of each file object, by the
 * object: a file's fields are read-only, so they hold for as long as the
 * object lives and the run's settings are the same. A run and the
 * `prepareLintCache` before it get the same objects, and `lintSite` gives
 * the same object again for a doc whose reading holds, so an unchanged
 * file is not scanned or hashed again (in a dev server's reload, the
 * prefilter's scan of 400 docs was a third of the run). An edited file is
 * a new object, with nothing known yet.
 */
const fileFacts = new WeakMap<EntryFile, FileFacts>();

/** The findings of every file a run does not parse, shared. */
const noFindings: readonly Finding[] = Object.freeze([]);

/**
 * The per-file reading of one lint run, the one definition the run itself
 * and its worker threads (`prepareLintCache`) share, so an entry is the
 * same whichever thread made it.
 *
 * @param config
 *   Resolved lint config.
 * @param markdown
 *   How files without their own `markdown` parse.
 * @param verbose
 *   Parse files the prefilter would skip too (`LintOptions.verbose`).
 */
export function createEntryReader(config: ResolvedLintConfig, markdown: MarkdownSettings, verbose: boolean): EntryReader {
  const recognize = recognitionFor(config);
  const keyOf = (settings: MarkdownSettings) => config.key + '\n' + markdownKey(settings) + (verbose ? '\nverbose' : '');
  const runKey = keyOf(markdown);
  const prefixes = new WeakMap<MarkdownSettings, string>();
  const prefixOf = function (settings: MarkdownSettings): string {
    let prefix = prefixes.get(settings);
    if (prefix === undefined) prefixes.set(settings, (prefix = keyOf(settings)));
    return prefix;
  };
  // Keys are long (about 1.4 kB: the config's and the settings' keys) and
  // the same for most files: one string per prefix and recognition (there
  // are two recognitions, see `recognitionFor`), not one built per file.
  const keys = new Map<string, Map<Recognition, string>>();
  const test = createParsesTest(config, verbose);
  /** What this run's settings found out about a file object so far. */
  function factsOf(file: EntryFile): FileFacts {
    let facts = fileFacts.get(file);
    if (facts?.runKey !== runKey) fileFacts.set(file, (facts = {runKey}));
    return facts;
  }
  const parses = (file: EntryFile) => (factsOf(file).parses ??= test(file.value));
  return {
    parses,
    key(file) {
      const facts = factsOf(file);
      if (facts.key !== undefined) return facts.key;
      const prefix = file.markdown ? prefixOf(file.markdown) : runKey;
      const recognition = recognize(file.path);
      let byRecognition = keys.get(prefix);
      if (byRecognition === undefined) keys.set(prefix, (byRecognition = new Map()));
      let known = byRecognition.get(recognition);
      if (known === undefined) byRecognition.set(recognition, (known = prefix + '\n' + JSON.stringify(recognition)));
      return (facts.key = known);
    },
    hash: (file) => (factsOf(file).hash ??= createHash('sha1').update(file.value).digest('hex')),
    read(file, hash, key, parsed = parses(file)) {
      const read: PageRead = parsed
        ? readPage(file.value, {
            file: file.path,
            docId: file.docId,
            markdown: file.markdown ?? markdown,
            version: docsVersionOf(file.path),
            recognition: recognize(file.path),
          })
        : {document: {file: file.path, kind: 'page', tables: [], candidates: [], strayDisables: []}, usages: [], page: undefined, lineMap: undefined};
      // A document rule reports nothing on a document without tables,
      // candidates or disable comments (`RuleScope`'s contract, asserted
      // for every rule of the registry): a skipped file's rules need not run.
      return {hash, key, read, findings: parsed ? lintDocumentFacts(read.document, config) : noFindings};
    },
  };
}
