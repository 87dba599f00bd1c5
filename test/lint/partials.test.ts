/**
 * Partial checks go through the one finding pipeline: the config sets their
 * severity, disable comments work in partials as in pages, and a rule
 * turned off is off inside partials' tables too.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {validateLintConfig} from '../../packages/core/src/config.js';
import type {LintConfig} from '../../packages/core/src/config.js';
import {lint, loadPartialLibrary} from '../../packages/engine/src/index.js';

let siteDir = '';

const partial = (name: string, body: string) =>
  '---\npartial_category: demo\npartial_name: ' + name + '\n---\n\n' + body;
const table = (target: string) =>
  '| Source Version | Target Version | Support |\n| -------------- | -------------- | ------- |\n| 4.7.3          | ' + target + ' | ✅      |\n';

beforeAll(function () {
  siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-partial-pipeline-'));
  const files: Record<string, string> = {
    '_partials/_edition.mdx': partial('edition', 'The {props.edition} edition.\n'),
    '_partials/_bad.mdx': partial('bad', table('4.7.a ')),
    '_partials/_quiet.mdx': partial('quiet', '<!-- upgrade-paths-disable invalid-version -->\n\n' + table('4.7.b ')),
    '_partials/_stray.mdx': partial('stray', '<!-- upgrade-paths-disable sort-order -->\n\nNo table here.\n'),
  };
  for (const [name, value] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(siteDir, name)), {recursive: true});
    fs.writeFileSync(path.join(siteDir, name), value);
  }
});

afterAll(function () {
  fs.rmSync(siteDir, {recursive: true, force: true});
});

async function run(value: string, config?: LintConfig) {
  const partials = await loadPartialLibrary(siteDir);
  return lint([{path: 'docs/page.mdx', value, docId: 'page'}], {partials, ...(config ? {config} : {})}).findings.map(
    (finding) => finding.file + ':' + finding.position.start.line + ' ' + finding.severity + ' ' + finding.ruleId,
  );
}

const usesEdition = '# Page\n\n<PartialsComponent category="demo" name="edition" />\n';
const usesBad = '---\nupgrade_paths: {product: demo}\n---\n\n# Page\n\n<PartialsComponent category="demo" name="bad" />\n';

describe('partial findings in the lint pipeline', function () {
  it('are rules of the config: every partial check can be set off, warn or error', function () {
    for (const id of ['unknown-partial', 'duplicate-partial', 'partial-front-matter', 'missing-partial-prop', 'partial-cycle', 'partial-table-prop']) {
      for (const severity of ['off', 'warn', 'error'] as const) {
        expect(() => validateLintConfig({rules: {[id]: severity}}, 'upgrade-paths.config.json')).not.toThrow();
      }
    }
  });

  it('take their severity from the config', async function () {
    expect(await run(usesEdition)).toContain('docs/page.mdx:3 warn missing-partial-prop');
    expect(await run(usesEdition, {rules: {'missing-partial-prop': 'error'}})).toContain('docs/page.mdx:3 error missing-partial-prop');
    expect(await run(usesEdition, {rules: {'missing-partial-prop': 'off'}})).not.toContainEqual(expect.stringContaining('missing-partial-prop'));
  });

  it('turn a rule off inside partials’ tables too', async function () {
    expect(await run(usesBad)).toContain('_partials/_bad.mdx:8 error invalid-version');
    expect(await run(usesBad, {rules: {'invalid-version': 'off'}})).not.toContainEqual(expect.stringContaining('invalid-version'));
  });

  it('honour disable comments inside partials, and before a usage in a page', async function () {
    const quiet = '---\nupgrade_paths: {product: demo}\n---\n\n<PartialsComponent category="demo" name="quiet" />\n';
    expect(await run(quiet)).not.toContainEqual(expect.stringContaining('invalid-version'));
    const disabled = '# Page\n\n{/* upgrade-paths-disable missing-partial-prop */}\n<PartialsComponent category="demo" name="edition" />\n';
    expect(await run(disabled)).toEqual(['_partials/_stray.mdx:6 warn unused-disable']);
  });

  it('report disable comments in partials that silence nothing', async function () {
    expect(await run('# Page\n')).toEqual(['_partials/_stray.mdx:6 warn unused-disable']);
  });
});
