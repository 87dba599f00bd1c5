import fs from 'node:fs';
import path from 'node:path';

/** A document of a fixture case, as `lint` takes it. */
export interface CaseFile {
  readonly path: string;
  readonly value: string;
  readonly docId: string;
}

/** One finding as `expected.json` lists it. */
export interface ExpectedFinding {
  readonly file?: string;
  readonly ruleId: string;
  readonly severity: 'error' | 'warn';
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * Read a fixture case folder: its `*.md`/`*.mdx` documents (recursively,
 * sorted, POSIX paths relative to the folder; doc id = path without
 * extension; files and folders starting with `_` are partials, as Docusaurus
 * leaves them out of the docs) and its `expected.json` (required).
 */
export function readCase(folder: string): {files: CaseFile[]; expected: ExpectedFinding[]} {
  const files = (fs.readdirSync(folder, {recursive: true}) as string[])
    .map((name) => name.split(path.sep).join('/'))
    .filter((name) => /\.mdx?$/.test(name) && !name.split('/').some((part) => part.startsWith('_')))
    .sort()
    .map((name) => ({
      path: name,
      value: fs.readFileSync(path.join(folder, name), 'utf8'),
      docId: name.replace(/\.[^./]+$/, ''),
    }));
  const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as ExpectedFinding[];
  return {files, expected};
}
