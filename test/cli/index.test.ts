// The programmatic API of `@upgrade-paths/cli`, from its sources (in process).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import * as cli from '../../packages/cli/src/index.js';
import {main, parseArguments, UsageError, type Io} from '../../packages/cli/src/index.js';
import {discoverFiles, readDocuments} from '../../packages/engine/src/index.js';

let scratch = '';

beforeAll(function () {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-cli-api-'));
  const table = '| Source Version | Target Version | Support |\n| --- | --- | --- |\n| 1.0.0 | 1.1.0 | yes |\n';
  const files: Record<string, string> = {
    'docs/b.md': table,
    'docs/a/c.mdx': table,
    'docs/_skip.md': table,
    'docs/plain.md': '# No table\n',
  };
  for (const [name, value] of Object.entries(files)) {
    const file = path.join(scratch, ...name.split('/'));
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, value);
  }
});

afterAll(function () {
  if (scratch) fs.rmSync(scratch, {recursive: true, force: true});
});

function capture(cwd: string): {io: Io; out: string[]; err: string[]} {
  const out: string[] = [];
  const err: string[] = [];
  return {io: {cwd, stdout: (text) => out.push(text), stderr: (text) => err.push(text)}, out, err};
}

describe('public API', function () {
  it('exports exactly these values', function () {
    expect(Object.keys(cli).sort()).toEqual([
      'UsageError',
      'commands',
      'exitCodes',
      'formatFindings',
      'lintFormats',
      'main',
      'parseArguments',
      'processIo',
      'programName',
      'reportPathProblems',
    ]);
    expect(cli.commands.map((command) => command.name)).toContain('extract');
    expect(cli.exitCodes).toEqual({success: 0, failure: 1, usage: 2});
  });
});

describe('discoverFiles', function () {
  it('finds documents below folders, sorted, with paths relative to the working folder', async function () {
    const result = await discoverFiles(['docs'], scratch);
    expect(result.files).toEqual([
      {path: path.join(scratch, 'docs', 'a', 'c.mdx'), file: 'docs/a/c.mdx', docId: 'a/c'},
      {path: path.join(scratch, 'docs', 'b.md'), file: 'docs/b.md', docId: 'b'},
      {path: path.join(scratch, 'docs', 'plain.md'), file: 'docs/plain.md', docId: 'plain'},
    ]);
    expect(result.missing).toEqual([]);
    expect(result.unreadable).toEqual([]);
  });

  it('takes a file given directly, doc id relative to the working folder', async function () {
    const result = await discoverFiles([path.join('docs', '_skip.md')], scratch);
    expect(result.files).toEqual([{path: path.join(scratch, 'docs', '_skip.md'), file: 'docs/_skip.md', docId: 'docs/_skip'}]);
  });

  it('lists a file once, with its shortest doc id, whatever the argument order', async function () {
    const forward = await discoverFiles(['docs/b.md', 'docs', path.join(scratch, 'docs', 'a')], scratch);
    const backward = await discoverFiles([path.join(scratch, 'docs', 'a'), 'docs', 'docs/b.md'], scratch);
    expect(forward).toEqual(backward);
    expect(forward.files.map((file) => [file.file, file.docId])).toEqual([
      ['docs/a/c.mdx', 'c'],
      ['docs/b.md', 'b'],
      ['docs/plain.md', 'plain'],
    ]);
  });

  it('reports missing paths as given, once, in argument order', async function () {
    const result = await discoverFiles(['nope', 'docs', 'docs/b.md/x', 'nope'], scratch);
    expect(result.missing).toEqual(['nope', 'docs/b.md/x']);
    expect(result.files).toHaveLength(3);
  });
});

describe('readDocuments', function () {
  it('extracts tables and skips documents that cannot hold one', async function () {
    const {files} = await discoverFiles(['docs'], scratch);
    const result = await readDocuments(files);
    expect(result.unreadable).toEqual([]);
    expect(result.documents.map((document) => [document.document.file, document.tables.length])).toEqual([
      ['docs/a/c.mdx', 1],
      ['docs/b.md', 1],
      ['docs/plain.md', 0],
    ]);
  });

  it('reports documents that disappeared since discovery', async function () {
    const gone = {path: path.join(scratch, 'gone.md'), file: 'gone.md', docId: 'gone'};
    const result = await readDocuments([gone]);
    expect(result).toEqual({documents: [], unreadable: ['gone.md']});
  });
});

describe('parseArguments', function () {
  const spec = {format: {type: 'string', choices: ['a', 'b']}, help: {type: 'boolean', short: 'h'}} as const;

  it('reads options and positionals in any order, `--` ending options', function () {
    expect(parseArguments(['x', '--format=b', '-h', 'y', '--', '--z'], spec)).toEqual({
      values: {format: 'b', help: true},
      positionals: ['x', 'y', '--z'],
    });
  });

  it.each([
    [['--nope'], 'Unexpected option `--nope`, expected one of `--format`, `--help`'],
    [['-q'], 'Unexpected option `-q`, expected one of `--format`, `--help`'],
    [['--format'], 'Unexpected missing value for `--format`, expected `a` or `b`'],
    [['--format', '--help'], 'Unexpected missing value for `--format`, expected `a` or `b`'],
    [['--format', 'c'], 'Unexpected `c` for `--format`, expected `a` or `b`'],
    [['--help=yes'], 'Unexpected value `yes` for `--help`, expected no value'],
  ])('rejects %j', function (args, message) {
    expect(() => parseArguments(args, spec)).toThrow(new UsageError(message));
  });
});

describe('main', function () {
  it('prints the export and returns 0', async function () {
    const {io, out, err} = capture(scratch);
    expect(await main(['extract', 'docs'], io)).toBe(0);
    expect(err).toEqual([]);
    const data = JSON.parse(out.join('')) as {schemaVersion: number; datasets: unknown[]};
    expect(data.schemaVersion).toBe(1);
    expect(data.datasets).toHaveLength(2);
  });

  it('returns 2 and writes nothing on standard output for a missing path', async function () {
    const {io, out, err} = capture(scratch);
    expect(await main(['extract', 'docs', 'nope'], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toBe('upgrade-paths: Unexpected missing path `nope`, expected a file or folder\n');
  });

  it('returns 2 with the usage on standard error without arguments', async function () {
    const {io, out, err} = capture(scratch);
    expect(await main([], io)).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toMatch(/^Usage: upgrade-paths <command>/);
  });
});
