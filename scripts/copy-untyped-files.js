// Copies what `tsc` does not emit (CSS modules of theme components) from each
// package's `src/` to its `lib/`, keeping relative paths.
import fs from 'node:fs';
import path from 'node:path';

const packagesDir = new URL('../packages/', import.meta.url);

for (const name of fs.readdirSync(packagesDir)) {
  const source = path.join(packagesDir.pathname, name, 'src');
  if (!fs.existsSync(source)) continue;
  for (const entry of fs.readdirSync(source, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || !entry.name.endsWith('.css')) continue;
    const from = path.join(entry.parentPath, entry.name);
    const to = path.join(packagesDir.pathname, name, 'lib', path.relative(source, from));
    fs.mkdirSync(path.dirname(to), {recursive: true});
    fs.copyFileSync(from, to);
  }
}

// `tsc` does not keep file modes: make the `upgrade-paths` binary executable,
// so that `packages/cli/lib/bin.js` runs as is (npm sets the mode itself only
// when it installs a package).
const cliBin = new URL('cli/lib/bin.js', packagesDir);
if (!fs.existsSync(cliBin)) {
  throw new Error('Unexpected missing `packages/cli/lib/bin.js`, expected `tsc -b packages/cli` to have built it');
}
fs.chmodSync(cliBin, 0o755);
