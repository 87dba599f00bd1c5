import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {lintPaths} from '../../packages/engine/src/folder.js';
import {defaultMarkdownSettings} from '../../packages/engine/src/markdown.js';

const folders: string[] = [];
afterEach(function () {
  for (const folder of folders.splice(0)) fs.rmSync(folder, {recursive: true, force: true});
});

const table = '| Source Version | Target Version | Support |\n| --- | --- | --- |\n| 4.4.2 | 4.5.0 | ✅ |\n';

describe('lintPaths: the documents read', function () {
  it('a text the prefilter skipped is read from disk when asked for, as an own enumerable `value`', async function () {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-documents-'));
    folders.push(cwd);
    fs.mkdirSync(path.join(cwd, 'docs'));
    const texts: Record<string, string> = {'docs/prose.md': '# Prose\n\nNo tables here.\n', 'docs/other.md': 'More prose.\n', 'docs/table.md': table};
    for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(cwd, name), text);
    for (const markdown of [defaultMarkdownSettings, 'auto'] as const) {
      const {documents, tables} = await lintPaths(['docs'], {cwd, config: {}, markdown});
      expect(tables).toHaveLength(1);
      expect(documents.map((document) => document.path)).toEqual(['docs/other.md', 'docs/prose.md', 'docs/table.md']);
      for (const document of documents) {
        expect(document.value).toBe(texts[document.path]);
        // Copies and JSON keep the text, as for a document read in full.
        expect({...document}.value).toBe(texts[document.path]);
        expect(JSON.parse(JSON.stringify(document))).toMatchObject({path: document.path, value: texts[document.path], docId: document.docId});
        expect(document.absolutePath).toBe(path.join(cwd, document.path));
        expect('markdown' in document).toBe(markdown === 'auto');
      }
      // Not held: what is on disk now.
      const prose = documents.find((document) => document.path === 'docs/prose.md');
      fs.writeFileSync(path.join(cwd, 'docs/prose.md'), 'Edited.\n');
      expect(prose?.value).toBe('Edited.\n');
      fs.writeFileSync(path.join(cwd, 'docs/prose.md'), texts['docs/prose.md'] as string);
    }
  });
});
