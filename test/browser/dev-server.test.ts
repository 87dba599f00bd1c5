import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import type {Browser, Page} from 'playwright-core';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {root, temporaryDir} from '../site/build.js';
import {launchBrowser} from './harness.js';

// `docusaurus start` on a copy of the broken-table fixture site: the dev
// server must keep running with lint errors (even on first start), show each
// table's findings above it, pick up a conflict caused by another page, and
// clear everything once the files are fixed.

const fixture = path.join(root, 'test', 'site', 'fixtures', 'broken-table');
const siteDir = path.join(temporaryDir, 'dev-broken-table');
const upgradePage = path.join(siteDir, 'docs', 'upgrade.md');
const otherPage = path.join(siteDir, 'docs', 'other.md');

let server: ChildProcess;
let output = '';
let origin: string;
let browser: Browser;
let page: Page;

async function freePort(): Promise<number> {
  return new Promise(function (resolve, reject) {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', function () {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

async function waitFor(check: () => boolean | Promise<boolean>, what: string, timeout = 120_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error('`docusaurus start` exited while waiting for ' + what + ':\n' + output);
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('Timed out waiting for ' + what + ':\n' + output);
}

/** Text of the findings admonition above the upgrade table, or `''`. */
async function findingsText(): Promise<string> {
  await page.goto(origin + '/', {waitUntil: 'load'});
  await page.locator('table[data-upgrade-paths-table]').first().waitFor();
  const admonition = page.locator('.theme-upgrade-path-table .theme-admonition');
  return (await admonition.count()) === 0 ? '' : ((await admonition.first().textContent()) ?? '');
}

beforeAll(async function () {
  fs.rmSync(siteDir, {recursive: true, force: true});
  fs.cpSync(fixture, siteDir, {recursive: true});
  const port = await freePort();
  origin = 'http://127.0.0.1:' + port;
  server = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs'),
      'start',
      siteDir,
      '--port',
      String(port),
      '--host',
      '127.0.0.1',
      '--no-open',
    ],
    {cwd: siteDir, env: {...process.env, BROWSER: 'none', FORCE_COLOR: '0'}, detached: true},
  );
  server.stdout?.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
  server.stderr?.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
  browser = await launchBrowser();
  page = await browser.newPage();
  await waitFor(async function () {
    try {
      return (await fetch(origin + '/')).ok;
    } catch {
      return false; // Not listening yet.
    }
  }, 'the dev server to answer');
});

afterAll(async function () {
  await browser?.close();
  if (server && server.exitCode === null && server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
});

describe('docusaurus start with a broken upgrade table', function () {
  it('keeps serving, and prints the finding with file:line:column and rule id', function () {
    expect(server.exitCode).toBeNull();
    expect(output).toMatch(/docs\/upgrade\.md:14:\d+ +error +Unexpected `1\.2\.a` as target version[^\n]*invalid-version/);
  });

  it('shows the table its findings above it', async function () {
    let text = '';
    await waitFor(async () => (text = await findingsText()).includes('invalid-version'), 'the admonition');
    expect(text).toContain('Unexpected `1.2.a` as target version');
  });

  it('shows a conflict caused by another page without touching this one', async function () {
    const before = fs.readFileSync(upgradePage, 'utf8');
    fs.appendFileSync(otherPage, '| 1.1.0          | 1.2.0          | ❌      |\n');
    let text = '';
    await waitFor(async () => (text = await findingsText()).includes('conflicting-rows'), 'the conflict to appear');
    expect(text).toContain('docs/other.md');
    expect(fs.readFileSync(upgradePage, 'utf8')).toBe(before);
  });

  it('clears the findings after the fixes, and never stopped', async function () {
    fs.copyFileSync(path.join(fixture, 'docs', 'other.md'), otherPage);
    fs.writeFileSync(upgradePage, fs.readFileSync(upgradePage, 'utf8').replace('1.2.a', '1.2.1'));
    await waitFor(async () => (await findingsText()) === '', 'the findings to clear');
    expect(await page.locator('#upgrade-1-2-0-to-1-2-1').count()).toBe(1);
    expect(server.exitCode).toBeNull();
  });
});
