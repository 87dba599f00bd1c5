import fs from 'node:fs/promises';
import path from 'node:path';
import type {Finding, UpgradePathsExport} from '@upgrade-paths/core';
import {UsageError} from './arguments.js';
import {exitCodes, type ExitCode} from './exit.js';
import type {DiffSide} from './formatters/diff/index.js';
import type {Io} from './io.js';
import {programName, reportPathProblems} from './report.js';
import {reportConfigErrors, resolveTarget} from './target.js';

/** One revision of the docs, read for `diff`. */
export interface Side extends DiffSide {
  readonly export: UpgradePathsExport;
  /** Lint findings; empty for an export (it holds none). */
  readonly findings: readonly Finding[];
}

/** Both revisions, and what the formats need to place them. */
export interface Sides {
  readonly base: Side;
  readonly head: Side;
  /** Path from the repository's top to the folder `file`s are relative to; `''` for exports. */
  readonly prefix: string;
  /** The commit the head's lines are in (for default links), `null` when unknown. */
  readonly headCommit: string | null;
  /** Options `ignore` of rules `stranded-version` and `unreached-source` in the config used, `{}` for exports. */
  readonly ignore: {readonly strandedVersion?: readonly string[]; readonly unreachedSource?: readonly string[]};
}

/**
 * Read two git revisions of the docs as `upgrade-paths lint` reads the work
 * tree (the same files, `resolveTarget`; a site's docs in a Docusaurus
 * site), both with the work tree's config (the site config and the lint
 * config file: a revision's own are not read) and this tool's version.
 * The base is read with `lintRevision`; the head too when given, else the
 * work tree as `lint` reads it.
 *
 * @returns
 *   Both sides, or the exit code after a problem was reported on standard
 *   error (an unknown revision, a folder outside a git repository, an
 *   invalid config).
 */
export async function readRevisions(
  revisions: {readonly base: string; readonly head: string | undefined},
  args: {readonly site?: string | undefined; readonly config?: string | undefined},
  io: Io,
): Promise<Sides | ExitCode> {
  const target = await resolveTarget({paths: [], site: args.site, config: args.config}, io);
  if (typeof target === 'number') return target;
  const [engine, core] = await Promise.all([import('@upgrade-paths/engine'), import('@upgrade-paths/core')]);
  const read = async function (): Promise<Sides> {
    const prefix = await engine.repositoryPrefix(target.base);
    const base = await engine.lintRevision(revisions.base, target.source, {config: target.config});
    const head = revisions.head === undefined ? undefined : await engine.lintRevision(revisions.head, target.source, {config: target.config});
    const working = head === undefined ? await target.rerun() : undefined;
    const rules = core.resolveLintConfig(target.config).rules;
    const ignore = (id: string) => (rules.get(id)?.options['ignore'] ?? []) as readonly string[];
    return {
      base: {revision: revisions.base, commit: base.commit, export: core.upgradePathsExport(base.tables), findings: base.findings},
      head: {
        revision: revisions.head ?? null,
        commit: head?.commit ?? null,
        export: core.upgradePathsExport((head ?? working)?.tables ?? []),
        findings: (head ?? working)?.findings ?? [],
      },
      prefix,
      headCommit: head?.commit ?? (await workTreeCommit(target.base)),
      ignore: {strandedVersion: ignore('stranded-version'), unreachedSource: ignore('unreached-source')},
    };
  };
  try {
    return await reportConfigErrors(io, read);
  } catch (error) {
    if (!(error instanceof engine.RevisionError)) throw error;
    io.stderr(programName + ': ' + error.message + '\n');
    return exitCodes.usage;
  }

  async function workTreeCommit(folder: string): Promise<string | null> {
    try {
      return await engine.resolveRevision(folder, 'HEAD');
    } catch (error) {
      // A repository without a commit yet: no commit to link to.
      if (error instanceof engine.RevisionError) return null;
      throw error;
    }
  }
}

/**
 * Read two JSON export files (schema version 1, as `docusaurus build` and
 * `upgrade-paths extract` write them) for `diff --export`.
 *
 * @returns
 *   Both sides (no findings), or exit code 2 after a missing, unreadable or
 *   invalid file was reported on standard error.
 */
export async function readExports(files: readonly [string, string], io: Io): Promise<Sides | ExitCode> {
  const sides: Side[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await fs.readFile(path.resolve(io.cwd, file), 'utf8');
    } catch (error) {
      const code = (error as {code?: unknown} | null)?.code;
      if (typeof code !== 'string') throw error;
      reportPathProblems(io, code === 'ENOENT' || code === 'ENOTDIR' ? [file] : [], code === 'ENOENT' || code === 'ENOTDIR' ? [] : [file]);
      return exitCodes.usage;
    }
    const value = parseExport(text);
    if (value === undefined) {
      io.stderr(programName + ': Unexpected content of `' + file + '`, expected a JSON export of upgrade paths (`"schemaVersion": 1` and `datasets`)\n');
      return exitCodes.usage;
    }
    sides.push({revision: file, commit: null, export: value, findings: []});
  }
  const [base, head] = sides as [Side, Side];
  return {base, head, prefix: '', headCommit: null, ignore: {}};
}

/** The export in a text, `undefined` when it is no JSON export of schema version 1 (datasets with ids and tables of rows). */
function parseExport(text: string): UpgradePathsExport | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Not JSON: reported by the caller as not an export.
    return undefined;
  }
  const record = value as {schemaVersion?: unknown; datasets?: unknown} | null;
  if (typeof record !== 'object' || record === null || record.schemaVersion !== 1 || !Array.isArray(record.datasets)) return undefined;
  const valid = record.datasets.every(function (dataset: {id?: unknown; versions?: unknown; tables?: unknown} | null) {
    return (
      typeof dataset?.id === 'string' &&
      Array.isArray(dataset.versions) &&
      Array.isArray(dataset.tables) &&
      dataset.tables.every((table: {rows?: unknown} | null) => Array.isArray(table?.rows))
    );
  });
  return valid ? (value as UpgradePathsExport) : undefined;
}

/**
 * The default `--link-base`: `$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/blob/<sha>`,
 * the sha `$GITHUB_SHA`, else the head commit; `undefined` when the
 * variables or a commit are missing.
 */
export function defaultLinkBase(env: Readonly<Record<string, string | undefined>>, headCommit: string | null): string | undefined {
  const server = env['GITHUB_SERVER_URL'];
  const repository = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'] || headCommit;
  if (!server || !repository || !sha) return undefined;
  return server.replace(/\/+$/, '') + '/' + repository + '/blob/' + sha;
}

/** Refuse a `--link-base` that is no absolute URL. */
export function readLinkBase(value: string): string {
  if (!URL.canParse(value)) {
    throw new UsageError('Unexpected `' + value + '` for `--link-base`, expected a URL such as `https://github.com/owner/repo/blob/<sha>`');
  }
  return value.replace(/\/+$/, '');
}
