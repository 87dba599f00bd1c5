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
