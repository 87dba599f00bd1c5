import {execFile} from 'node:child_process';

/**
 * A revision that cannot be read: not a commit of the repository (unknown,
 * or not fetched in a shallow clone), a folder outside any git repository,
 * a path outside the repository, or no `git` to run. The message says which
 * and how to fix it; the CLI prints it and exits with code 2.
 */
export class RevisionError extends Error {
  override name = 'RevisionError';
}

/** One file of a tree, as `git ls-tree` lists it. */
export interface TreeEntry {
  /** Mode in octal, such as `100644` (a file), `120000` (a symbolic link). */
  readonly mode: string;
  /** `blob`, `tree` or `commit` (a submodule). */
  readonly type: string;
  /** Object id of the content. */
  readonly object: string;
  /** POSIX path relative to the folder git ran in (`../` for files above it). */
  readonly path: string;
}

/** Largest output read from one git command (bytes): the texts of a docs tree. */
const maxBuffer = 1024 * 1024 * 1024;

/**
 * Run `git` (the binary on `PATH`, through `execFile`: no shell) in a
 * folder.
 *
 * @returns
 *   Standard output.
 * @throws {RevisionError}
 *   When git cannot be run or exits with an error (its message included).
 */
function git(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise(function (resolve, reject) {
    const child = execFile('git', [...args], {cwd, encoding: 'buffer', maxBuffer}, function (error, stdout, stderr) {
      if (!error) return resolve(stdout);
      const code = (error as {code?: unknown}).code;
      if (code === 'ENOENT') {
        return reject(new RevisionError('Unexpected missing `git`, expected the git binary on `PATH` to read revisions', {cause: error}));
      }
      const said = stderr.toString('utf8').trim().split('\n')[0] ?? '';
      reject(new RevisionError('Unexpected failure of `git ' + args[0] + '` in `' + cwd + '`: ' + said, {cause: error}));
    });
    // A git that exits before reading all its input closes the pipe: its
    // exit status, given to the callback, is what counts.
    child.stdin?.on('error', function (error: NodeJS.ErrnoException) {
      if (error.code !== 'EPIPE') reject(error);
    });
    child.stdin?.end(input);
  });
}

/**
 * The commit a revision names (`git rev-parse --verify <revision>^{commit}`).
 *
 * @param cwd
 *   A folder inside the repository.
 * @param revision
 *   Anything git reads as a commit: a branch, tag, `origin/main`, a commit
 *   id, `HEAD~1`.
 * @returns
 *   The full commit id.
 * @throws {RevisionError}
 *   When `cwd` is in no repository, or the revision names no commit the
 *   repository has (in a shallow clone: fetch it first, such as
 *   `git fetch --depth=1 origin main`).
 */
export async function resolveRevision(cwd: string, revision: string): Promise<string> {
  await repositoryPrefix(cwd);
  if (revision === '' || revision.startsWith('-')) {
    throw new RevisionError('Unexpected revision `' + revision + '`, expected a branch, tag or commit such as `origin/main`');
  }
  try {
    return (await git(cwd, ['rev-parse', '--verify', '--quiet', revision + '^{commit}'])).toString('utf8').trim();
  } catch (error) {
    throw new RevisionError(
      'Unexpected revision `' + revision + '` that names no commit of the repository, expected a branch, tag or commit it has' +
        ' (in a shallow clone, fetch it first: `git fetch --depth=1 origin <branch>`)',
      {cause: error},
    );
  }
}

/**
 * Where a folder is in its repository (`git rev-parse --show-prefix`): the
 * part to put before a folder-relative path to make it repository-relative.
 *
 * @param cwd
 *   A folder inside a work tree.
 * @returns
 *   POSIX path with a trailing `/` (such as `example-site/`), `''` at the top.
 * @throws {RevisionError}
 *   When the folder is in no git work tree.
 */
export async function repositoryPrefix(cwd: string): Promise<string> {
  try {
    return (await git(cwd, ['rev-parse', '--show-prefix'])).toString('utf8').trim();
  } catch (error) {
    if (error instanceof RevisionError && /missing `git`/.test(error.message)) throw error;
    throw new RevisionError('Unexpected folder `' + cwd + '` outside a git work tree, expected a folder of a git repository', {cause: error});
  }
}

/**
 * The files below some paths in a commit (`git ls-tree -r -z`), paths
 * relative to `cwd`.
 *
 * @param paths
 *   Files and folders relative to `cwd`; a path the commit does not have
 *   lists nothing.
 * @throws {RevisionError}
 *   When a path is outside the repository.
 */
export async function listTree(cwd: string, commit: string, paths: readonly string[]): Promise<TreeEntry[]> {
  if (paths.length === 0) return [];
  const output = (await git(cwd, ['ls-tree', '-r', '-z', commit, '--', ...paths])).toString('utf8');
  return output
    .split('\0')
    .filter((line) => line !== '')
    .map(function (line) {
      const tab = line.indexOf('\t');
      const [mode = '', type = '', object = ''] = line.slice(0, tab).split(' ');
      return {mode, type, object, path: line.slice(tab + 1)};
    });
}

/**
 * The texts of blobs, in one `git cat-file --batch`.
 *
 * @param objects
 *   Object ids (from {@link listTree}).
 * @returns
 *   Text (UTF-8) by object id.
 * @throws {RevisionError}
 *   When git fails or an object is missing.
 */
export async function readBlobs(cwd: string, objects: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(objects)];
  const texts = new Map<string, string>();
  if (unique.length === 0) return texts;
  const output = await git(cwd, ['cat-file', '--batch'], unique.join('\n') + '\n');
  let offset = 0;
  while (offset < output.length) {
    const end = output.indexOf(10, offset);
    const [object = '', type = '', size = ''] = output.subarray(offset, end).toString('utf8').split(' ');
    if (type === 'missing' || end === -1) throw new RevisionError('Unexpected missing git object `' + object + '`, expected a readable blob');
    const start = end + 1;
    texts.set(object, output.subarray(start, start + Number(size)).toString('utf8'));
    offset = start + Number(size) + 1;
  }
  return texts;
}
