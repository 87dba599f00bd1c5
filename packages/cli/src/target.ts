import fs from 'node:fs/promises';
import path from 'node:path';
import type {LintConfig} from '@upgrade-paths/core';
import {ConfigError} from '@upgrade-paths/core';
import type {DocumentFormat, LintResult, MarkdownSettings, RevisionSource, SiteDocument} from '@upgrade-paths/engine';
import {UsageError} from './arguments.js';
import {exitCodes, type ExitCode} from './exit.js';
import type {Io} from './io.js';
import {programName, reportPathProblems} from './report.js';

/** A lint run of a target, with the documents read. */
export type TargetResult = LintResult & {
  readonly documents: readonly SiteDocument[];
  /** Paths mode: paths given that do not exist (see `lintPaths`). */
  readonly missing?: readonly string[] | undefined;
  /** Paths mode: paths that cannot be read. */
  readonly unreadable?: readonly string[] | undefined;
  /** Paths mode with `--verbose`: what the conventions skipped (see `discoverFiles`). */
  readonly skipped?: ReadonlyArray<{readonly path: string; readonly files: number}> | undefined;
};

/** What `lint` and `extract` read and lint: a site, or the paths given. */
export interface Target {
  /** Folder the `file` of findings and tables is relative to. */
  readonly base: string;
  /** The first lint run. */
  readonly result: TargetResult;
  /** How its documents are parsed (the site's, or the defaults with `--markdown-format`; with `auto`, each document's own). */
  readonly markdown: MarkdownSettings;
  /** Lint the target again (after `--fix`), reusing what did not change. */
  readonly rerun: () => Promise<TargetResult>;
  /** The lint config of the run (the config file, merged with the plugin's options in a site). */
  readonly config: LintConfig;
  /** What was read, in the terms `lintRevision` reads a git revision by (for `diff`). */
  readonly source: RevisionSource;
}

/** A {@link Target} chosen but not linted yet (see {@link resolveTarget}). */
export type ResolvedTarget = Omit<Target, 'result'>;

/** The arguments that choose a {@link Target}. */
export interface TargetArguments {
  /** Paths given on the command line. */
  readonly paths: readonly string[];
  /** `--site <dir>`. */
  readonly site?: string | undefined;
  /** `--markdown-format` (default `auto`: a site's own settings, else by extension). */
  readonly markdownFormat?: DocumentFormat | 'auto' | undefined;
  /** `--config <file>` (`lint` only). */
  readonly config?: string | undefined;
  /** `--verbose` (`lint` only): parse every file, to list every table not read, and what the conventions skipped. */
  readonly verbose?: boolean | undefined;
  /** `--include-hidden`: also read `_`-prefixed and dot files and folders below folder arguments. */
  readonly includeHidden?: boolean | undefined;
}

/**
 * Choose what to read, as README's CLI section says: with `--site <dir>`,
 * or without paths in a folder holding `docusaurus.config.*`, the site as
 * its `docusaurus build` reads it (`loadSiteSettings`, `lintSite`; the
 * config file of the site folder, with the plugin's `rules` and `mirrors`);
 * else the paths given (default `./docs` when it exists, else `.`), with the
 * config file of the current folder.
 *
 * @returns
 *   The target with its first lint run, or the exit code after a problem was reported on standard
 *   error (a missing or unreadable path, an invalid config, a site
 *   Docusaurus cannot load).
 * @throws {UsageError}
 *   For `--site` with paths.
 */
export async function chooseTarget(args: TargetArguments, io: Io): Promise<Target | ExitCode> {
  const target = await resolveTarget(args, io);
  if (typeof target === 'number') return target;
  const result = await reportConfigErrors(io, target.rerun);
  if (typeof result === 'number') return result;
  if (target.source.kind === 'paths' && reportPathProblems(io, result.missing ?? [], result.unreadable ?? [])) return exitCodes.usage;
  return {...target, result};
}

/**
 * Choose what to read as {@link chooseTarget} does, without linting it
 * yet: `rerun` lints it.
 *
 * @returns
 *   The target, or the exit code after a problem was reported on standard
 *   error (an invalid config, a site Docusaurus cannot load).
 * @throws {UsageError}
 *   For `--site` with paths.
 */
export async function resolveTarget(args: TargetArguments, io: Io): Promise<ResolvedTarget | ExitCode> {
  // The engine parses Markdown: loaded here, so `--help` starts without it.
  const engine = await import('@upgrade-paths/engine');
  const {cwd} = io;
  if (args.site !== undefined && args.paths.length > 0) {
    throw new UsageError('Unexpected paths with `--site`, expected either a site folder or files and folders');
  }
  const siteDir =
    args.site !== undefined ? path.resolve(cwd, args.site) : args.paths.length === 0 && (await engine.isSiteDir(cwd)) ? cwd : undefined;
  return reportConfigErrors(io, async function (): Promise<ResolvedTarget> {
    if (siteDir !== undefined) {
      const loaded = await engine.loadSiteSettings(siteDir);
      const format = args.markdownFormat === 'auto' ? undefined : args.markdownFormat;
      const settings = {...loaded.settings, markdown: {...loaded.settings.markdown, ...(format ? {format} : {})}};
      const config = engine.mergeConfig(await fileConfig(siteDir), loaded.lintOptions);
      const cache = engine.createSiteCache();
      const rerun = () => engine.lintSite(settings, {config, cache, verbose: args.verbose});
      return {base: siteDir, markdown: settings.markdown, rerun, config, source: {kind: 'site', settings}};
    }
    const config = await fileConfig(cwd);
    // `auto`: each file as the site it is in parses it, else by extension.
    const format = args.markdownFormat ?? 'auto';
    const markdown = format === 'auto' ? ('auto' as const) : {...engine.defaultMarkdownSettings, format};
    const paths = args.paths.length > 0 ? args.paths : [(await isFolder(path.join(cwd, 'docs'))) ? 'docs' : '.'];
    const cache = engine.createSiteCache();
    const rerun = () => engine.lintPaths(paths, {cwd, config, markdown, cache, verbose: args.verbose, includeHidden: args.includeHidden});
    // `--fix` reads each document back with its own settings (`document.markdown`).
    return {
      base: cwd,
      markdown: markdown === 'auto' ? engine.defaultMarkdownSettings : markdown,
      rerun,
      config,
      source: {kind: 'paths', cwd, paths, markdown},
    };
  });

  async function fileConfig(folder: string): Promise<LintConfig> {
    if (args.config !== undefined) return (await engine.loadConfigFile(path.resolve(cwd, args.config))).config;
    return (await engine.loadConfig(folder)).config;
  }
}

/**
 * Run a step that reads the config or the site, reporting a `ConfigError`
 * (an invalid config, a site Docusaurus cannot load) on standard error.
 *
 * @returns
 *   The step's value, or exit code 2 after a `ConfigError`.
 */
export async function reportConfigErrors<Value>(io: Io, step: () => Promise<Value>): Promise<Value | typeof exitCodes.usage> {
  try {
    return await step();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.stderr(programName + ': ' + error.message + '\n');
    return exitCodes.usage;
  }
}

async function isFolder(folder: string): Promise<boolean> {
  try {
    return (await fs.stat(folder)).isDirectory();
  } catch (error) {
    const code = (error as {code?: unknown} | null)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return false;
    throw error;
  }
}
