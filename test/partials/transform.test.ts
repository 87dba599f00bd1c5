/**
 * What `remark-upgrade-paths` makes of `<PartialsComponent>` usages and of
 * partial files, fixture-driven: each folder of `fixtures/transform/` holds
 * a site (`site/`, with a `docusaurus.config.js`); every `.md`/`.mdx` file
 * of it is run through the plugin (plain MDX parse, then serialized back
 * to MDX) and compared with `expected/<same path>`, and the vfile messages
 * of all files with `messages.txt`. `UPDATE=1` rewrites the expectations.
 */
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import {unified} from 'unified';
import {VFile} from 'vfile';
import {describe, expect, it} from 'vitest';
import remarkUpgradePaths from '../../packages/remark-upgrade-paths/src/index.js';

const fixtures = fileURLToPath(new URL('fixtures/transform/', import.meta.url));
const update = process.env['UPDATE'] === '1';

function expectFile(file: string, actual: string): void {
  if (update) {
    fs.mkdirSync(path.dirname(file), {recursive: true});
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

describe('remark-upgrade-paths on partials (fixtures/transform)', function () {
  for (const name of fs.readdirSync(fixtures).sort()) {
    const caseDir = path.join(fixtures, name);
    const siteDir = path.join(caseDir, 'site');
    it(name, async function () {
      const processor = unified()
        .use(remarkParse)
        .use(remarkMdx)
        .use(remarkFrontmatter)
        .use(remarkGfm)
        .use(remarkUpgradePaths)
        .use(remarkStringify);
      const files = (fs.readdirSync(siteDir, {recursive: true}) as string[])
        .filter((file) => /\.mdx?$/.test(file))
        .map((file) => file.split(path.sep).join('/'))
        .sort();
      const messages: string[] = [];
      for (const file of files) {
        const vfile = new VFile({path: path.join(siteDir, file), value: fs.readFileSync(path.join(siteDir, file), 'utf8')});
        const result = await processor.process(vfile);
        expectFile(path.join(caseDir, 'expected', file), String(result));
        for (const message of result.messages) {
          messages.push(file + ':' + message.line + ':' + message.column + '  ' + message.ruleId + '  ' + message.reason + '\n');
        }
      }
      expectFile(path.join(caseDir, 'messages.txt'), messages.join(''));
    });
  }
});
