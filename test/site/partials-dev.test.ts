/**
 * `docusaurus start` with partials, in real Chromium: a partial edited,
 * added or renamed is picked up without restarting and without touching
 * the page using it, and the usages are checked again.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {launchBrowser, startDevServer, type DevServer} from '../browser/harness.js';
import {root, temporaryDir} from './build.js';

const siteDir = path.join(temporaryDir, 'partials-dev-site');
let server: DevServer;
let browser: Browser;
let page: Page;

function compiles(): number {
  return (server.output().match(/compiled successfully/gi) ?? []).length;
}

/** Change a file and wait until the dev server has recompiled and reloaded content. */
async function change(file: string, content: string): Promise<void> {
  const before = compiles();
  const reported = server.output().length;
  fs.writeFileSync(path.join(siteDir, file), content);
  await server.until(() => compiles() > before, 'a recompile after writing ' + file);
  // `loadContent` runs again and reports the findings.
  await server.until(() => server.output().slice(reported).includes('Upgrade path tables'), 'findings after writing ' + file);
}

async function article(): Promise<string> {
  await page.goto(server.origin + '/vertex');
  await page.locator('article h1').waitFor();
  return ((await page.locator('article').textContent()) ?? '').replace(/\s+/g, ' ');
}

function partial(name: string, body: string): string {
  return '---\npartial_category: notes\npartial_name: ' + name + '\n---\n\n' + body + '\n';
}

beforeAll(async function () {
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.cpSync(path.join(root, 'test', 'site', 'fixtures', 'partials-tables'), siteDir, {recursive: true});
  fs.appendFileSync(path.join(siteDir, 'docs', 'vertex.mdx'), '\n<PartialsComponent category="notes" name="later" />\n');
  [server, browser] = await Promise.all([startDevServer(siteDir), launchBrowser()]);
  await server.until(() => compiles() > 0, 'the first compile');
  page = await browser.newPage();
});

afterAll(async function () {
  await browser?.close();
  server?.stop();
});

describe('docusaurus start with partials', function () {
  it('shows an unknown partial as a visible error and reports it, without stopping', async function () {
    const text = await article();
    expect(text).toContain('Read the release notes of VerteX first.');
    expect(text).toContain('Partial notes/later could not be resolved');
    expect(server.output()).toContain('docs/vertex.mdx:12:1  error  Unexpected unknown partial `notes/later`');
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
    const reported = server.output().length;
    await change(path.join('_partials', '_later.mdx'), partial('later-renamed', 'Renamed (marker ADDED-LATER).'));
    await expect.poll(article, {timeout: 30_000}).toContain('Partial notes/later could not be resolved');
    expect(server.output().slice(reported)).toContain('did you mean `notes/later-renamed`?');
  });
});
