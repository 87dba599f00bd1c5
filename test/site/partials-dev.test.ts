/**
 * `docusaurus start` with partials, in real Chromium: a partial edited,
 * added or renamed is picked up without restarting and without touching
 * the page using it, and the usages are checked again.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchBrowser} from '../browser/harness.js';
import {root, temporaryDir} from './build.js';

const siteDir = path.join(temporaryDir, 'partials-dev-site');
let port = 0;
let server: ChildProcess | undefined;
let output = '';
let browser: Browser;
let page: Page;

function compiles(): number {
  return (output.match(/compiled successfully/gi) ?? []).length;
}

async function until(test: () => boolean, what: string, timeout = 120_000): Promise<void> {
  const start = Date.now();
  while (!test()) {
    if (Date.now() - start > timeout) throw new Error('Timed out waiting for ' + what + '; dev server output:\n' + output);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Change a file and wait until the dev server has recompiled and reloaded content. */
async function change(file: string, content: string): Promise<void> {
  const before = compiles();
  const reported = output.length;
  fs.writeFileSync(path.join(siteDir, file), content);
  await until(() => compiles() > before, 'a recompile after writing ' + file);
  // `loadContent` runs again and reports the findings.
  await until(() => output.slice(reported).includes('Upgrade path tables'), 'findings after writing ' + file);
}

async function article(): Promise<string> {
  await page.goto('http://localhost:' + port + '/vertex');
  await page.locator('article h1').waitFor();
  return ((await page.locator('article').textContent()) ?? '').replace(/\s+/g, ' ');
}

function partial(name: string, body: string): string {
  return '---\npartial_category: notes\npartial_name: ' + name + '\n---\n\n' + body + '\n';
}

/** A TCP port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise(function (resolve, reject) {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', function () {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

beforeAll(async function () {
  port = await freePort();
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.cpSync(path.join(root, 'test', 'site', 'fixtures', 'partials-tables'), siteDir, {recursive: true});
  fs.appendFileSync(path.join(siteDir, 'docs', 'vertex.mdx'), '\n<PartialsComponent category="notes" name="later" />\n');
  server = spawn(
    process.execPath,
    [path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'), 'start', siteDir, '--port', String(port), '--no-open'],
    {cwd: siteDir, env: {...process.env, FORCE_COLOR: '0', NO_COLOR: '1'}},
  );
  server.stdout?.on('data', (data: Buffer) => (output += String(data)));
  server.stderr?.on('data', (data: Buffer) => (output += String(data)));
  await until(() => compiles() > 0, 'the first compile');
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async function () {
  await browser?.close();
  server?.kill();
});

describe('docusaurus start with partials', function () {
  it('shows an unknown partial as a visible error and reports it, without stopping', async function () {
    const text = await article();
    expect(text).toContain('Read the release notes of VerteX first.');
    expect(text).toContain('Partial notes/later could not be resolved');
    expect(output).toContain('docs/vertex.mdx:12:1  error  Unexpected unknown partial `notes/later`');
  });

  it('picks up an edited partial', async function () {
    const file = path.join('_partials', '_release.mdx');
    await change(file, fs.readFileSync(path.join(siteDir, file), 'utf8').replace('Read the release notes', 'Check the release notes'));
    await expect.poll(article, {timeout: 30_000}).toContain('Check the release notes of VerteX first.');
  });

  it('picks up an added partial: the page using it renders it, untouched', async function () {
    await change(path.join('_partials', '_later.mdx'), partial('later', 'Added while the server runs (marker ADDED-LATER).'));
    await expect.poll(article, {timeout: 30_000}).toContain('ADDED-LATER');
    expect(await article()).not.toContain('could not be resolved');
  });

  it('picks up a renamed partial: the usage is unknown again, with the new name suggested', async function () {
    const reported = output.length;
    await change(path.join('_partials', '_later.mdx'), partial('later-renamed', 'Renamed (marker ADDED-LATER).'));
    await expect.poll(article, {timeout: 30_000}).toContain('Partial notes/later could not be resolved');
    expect(output.slice(reported)).toContain('did you mean `notes/later-renamed`?');
  });
});
