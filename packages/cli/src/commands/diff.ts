import {parseArguments, UsageError} from '../arguments.js';
import type {Command} from '../command.js';
import {exitCodes} from '../exit.js';
import {diffFormats, failKinds, failKindsFound, formatDiff, type DiffFormat, type FailKind} from '../formatters/diff/index.js';
import {defaultLinkBase, readExports, readLinkBase, readRevisions} from '../sides.js';

const options = {
  format: {type: 'string', short: 'f', choices: diffFormats},
  'fail-on': {type: 'string'},
  'link-base': {type: 'string'},
  export: {type: 'boolean'},
  config: {type: 'string', short: 'c'},
  site: {type: 'string'},
  help: {type: 'boolean', short: 'h'},
} as const;

const usage = `Usage: upgrade-paths diff [options] <base-ref> [<head-ref>]
       upgrade-paths diff [options] --export <base.json> <head.json>

Say what a change does to the upgrade paths: per dataset, the rows added,
removed and changed (support flipped), a new newest version, versions added
and removed, versions newly stranded-version or unreached-source, for every
pair of versions in both revisions a supported path lost (removed-path) or
gained (added-path), and the new lint findings.

Reads the files upgrade-paths lint reads (a Docusaurus site's docs as its
build does, else ./docs when it exists, else the current folder) at two git
revisions (branches, tags, commits such as origin/main; default head: the
work tree), both with the work tree's config. The base must be in the
repository: in a shallow clone, fetch it first (git fetch --depth=1 origin
main). With --export, compares two JSON exports (docusaurus build's
upgrade-paths.json, upgrade-paths extract's output) instead; they hold no
findings.

Options:
  -f, --format <stylish|markdown|json|github>
                        output format (default: stylish); markdown is a
                        pull-request comment, github workflow annotations
  --fail-on <kinds>     exit with 1 when one of these occurs, a comma list
                        of removed-path, stranded (a version newly
                        stranded-version) and finding (a new lint finding)
  --link-base <url>     URL the markdown links put a file's path and #L<line>
                        after (default: $GITHUB_SERVER_URL/$GITHUB_REPOSITORY
                        /blob/ and $GITHUB_SHA or the head commit)
  --export              compare two JSON export files
  -c, --config <file>   config file to use instead of looking in the site (or
                        current) folder
  --site <dir>          read the Docusaurus site in <dir>
  -h, --help            print this help

Exit codes: 0 done, 1 a --fail-on kind occurred, 2 usage error, unknown
revision, unreadable file or invalid config.
`;

/**
 * `upgrade-paths diff <base-ref> [<head-ref>]`, `upgrade-paths diff --export
 * <base.json> <head.json>`: compare two revisions of the docs' upgrade paths
 * (`diffExports` of `@upgrade-paths/core`) and print the changes.
 *
 * Revisions are read by the engine (`lintRevision`: git's listing and
 * blobs, no checkout); the head defaults to the work tree as `lint` reads
 * it. Formats: `stylish`, `markdown` (a pull-request comment, links from
 * `--link-base`), `json`, `github` (annotations on the changed lines).
 *
 * Exits with 1 when a kind `--fail-on` names occurs; 2, printing nothing on
 * standard output, for a bad argument, an unknown revision, a folder outside
 * a git repository, an unreadable or invalid export, or an invalid config;
 * else 0.
 */
export const diffCommand: Command = {
  name: 'diff',
  summary: 'say what a change does to the upgrade paths (between git revisions or exports)',
  usage,
  async run(args, io) {
    const {values, positionals} = parseArguments(args, options);
    if (values.help) {
      io.stdout(usage);
      return exitCodes.success;
    }
    const format = (values.format ?? 'stylish') as DiffFormat;
    const failOn = readFailOn(values['fail-on']);
    const linkBase = values['link-base'] === undefined ? undefined : readLinkBase(values['link-base']);
    if (values.export && positionals.length !== 2) {
      throw new UsageError('Unexpected ' + positionals.length + ' files with `--export`, expected two JSON exports: base, then head');
    }
    if (!values.export && (positionals.length < 1 || positionals.length > 2)) {
      throw new UsageError(
        'Unexpected ' + positionals.length + ' revisions, expected a base revision such as `origin/main` and, optionally, a head revision',
      );
    }
    if (values.export && (values.site !== undefined || values.config !== undefined)) {
      throw new UsageError('Unexpected `--site` or `--config` with `--export`, expected them only for git revisions');
    }
    const sides = values.export
      ? await readExports([positionals[0] ?? '', positionals[1] ?? ''], io)
      : await readRevisions({base: positionals[0] ?? '', head: positionals[1]}, {site: values.site, config: values.config}, io);
    if (typeof sides === 'number') return sides;
    const {diffExports, lintRules} = await import('@upgrade-paths/core');
    const diff = diffExports(sides.base.export, sides.head.export, {
      findings: {base: sides.base.findings, head: sides.head.findings},
      ignore: sides.ignore,
    });
    const base = linkBase ?? defaultLinkBase(io.env ?? process.env, sides.headCommit);
    const link = base === undefined ? () => undefined : (place: {file: string; line: number}) => base + '/' + encodeURI(sides.prefix + place.file) + '#L' + place.line;
    const report = {
      diff,
      base: {revision: sides.base.revision, commit: sides.base.commit},
      head: {revision: sides.head.revision, commit: sides.head.commit},
      prefix: sides.prefix,
      link,
      failOn,
      fixable: new Set(lintRules.filter((rule) => rule.fixable).map((rule) => rule.id)),
    };
    io.stdout(formatDiff(report, format));
    const found = failKindsFound(diff);
    return [...failOn].some((kind) => found.has(kind)) ? exitCodes.failure : exitCodes.success;
  },
};

function readFailOn(value: string | undefined): Set<FailKind> {
  const kinds = new Set<FailKind>();
  if (value === undefined) return kinds;
  for (const item of value.split(',').map((part) => part.trim())) {
    if (!(failKinds as readonly string[]).includes(item)) {
      throw new UsageError(
        'Unexpected `' + item + '` in `--fail-on`, expected a comma list of ' + failKinds.map((kind) => '`' + kind + '`').join(', '),
      );
    }
    kinds.add(item as FailKind);
  }
  return kinds;
}
