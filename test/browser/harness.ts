/**
 * Harness for browser tests: real Chromium (the Debian package, driven by
 * `playwright-core`), a static server for a built site, and an axe-core
 * scan, and `docusaurus start`. Shared by every browser and dev-server test.
 *
 * Browser tests fail, never skip, when Chromium is missing: they are how
 * this project proves its pages work for readers.
 */
import {spawn, type ChildProcess} from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type {AddressInfo} from 'node:net';
import path from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {
  chromium,
  type Browser,
  type BrowserContextOptions,
  type ConsoleMessage,
  type Locator,
  type Page,
} from 'playwright-core';
import {root} from '../site/build.js';

/** Where Chromium is expected; `UPGRADE_PATHS_CHROMIUM` overrides it. */
export const chromiumPath = process.env.UPGRADE_PATHS_CHROMIUM ?? '/usr/bin/chromium';

/** Flags for a quiet, headless, sandbox-less Chromium in CI containers. */
export const chromiumArgs: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launch headless Chromium.
 *
 * @returns
 *   The browser; close it in `afterAll`.
 * @throws {Error}
 *   When there is no Chromium at {@link chromiumPath} (with the command that
 *   installs it), or when it does not start.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(
      'Unexpected missing Chromium at `' +
        chromiumPath +
        '`, expected the Debian package: install it with `apt-get install -y chromium` (or set `UPGRADE_PATHS_CHROMIUM` to a Chromium binary). Browser tests fail rather than skip without it.',
    );
  }
  return chromium.launch({executablePath: chromiumPath, args: [...chromiumArgs], headless: true});
}

/** A running static server. */
export interface ServedSite {
  /** Origin with a trailing slash, such as `http://127.0.0.1:40123/`. */
  readonly url: string;
  /** Stop the server (waits for open connections to close). */
  readonly close: () => Promise<void>;
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Serve a built Docusaurus site on `127.0.0.1` (random free port), like a
 * static host: `/a/b` serves `a/b/index.html` or `a/b.html` (clean URLs),
 * unknown paths get `404.html` with status 404, nothing outside `outDir` is
 * served.
 *
 * @param outDir
 *   Build output folder (`docusaurus build --out-dir`).
 */
export async function serveSite(outDir: string): Promise<ServedSite> {
  const base = path.resolve(outDir);
  const server = http.createServer(function (request, response) {
    const file = resolveFile(base, new URL(request.url ?? '/', 'http://localhost').pathname);
    const status = file === undefined ? 404 : 200;
    const body = file ?? path.join(base, '404.html');
    fs.readFile(body, function (error, data) {
      if (error) {
        response.writeHead(404, {'content-type': 'text/plain; charset=utf-8'});
        response.end('Not found');
        return;
      }
      response.writeHead(status, {
        'content-type': contentTypes[path.extname(body).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : data);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const {port} = server.address() as AddressInfo;
  return {
    url: 'http://127.0.0.1:' + port + '/',
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** The file a URL path names in `base`, `undefined` when none (or outside `base`). */
function resolveFile(base: string, pathname: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch (error) {
    // A malformed escape is a 404, like on a static host.
    if (error instanceof URIError) return undefined;
    throw error;
  }
  const target = path.resolve(base, '.' + path.posix.normalize(decoded));
  if (target !== base && !target.startsWith(base + path.sep)) return undefined;
  const candidates = decoded.endsWith('/')
    ? [path.join(target, 'index.html')]
    : [target, path.join(target, 'index.html'), target + '.html'];
  return candidates.find((candidate) => fs.statSync(candidate, {throwIfNoEntry: false})?.isFile() === true);
}

/** An axe-core violation, reduced to what a failing assertion should show. */
export interface AxeViolation {
  readonly id: string;
  readonly impact: 'serious' | 'critical';
  readonly help: string;
  /** CSS selectors of the offending nodes. */
  readonly targets: readonly string[];
}

/**
 * Run axe-core (from `node_modules/axe-core`) on the page as it is now.
 *
 * @param page
 *   A loaded page.
 * @param context
 *   Optional CSS selector to scan only part of the page (default: the
 *   whole document).
 * @returns
 *   Violations with impact `serious` or `critical` (an empty array when the
 *   page passes).
 */
export async function axeScan(page: Page, context?: string): Promise<AxeViolation[]> {
  const hasAxe = await page.evaluate(() => typeof (window as {axe?: unknown}).axe !== 'undefined');
  if (!hasAxe) await page.addScriptTag({path: path.join(root, 'node_modules', 'axe-core', 'axe.min.js')});
  return page.evaluate(async (selector) => {
    interface Result {
      id: string;
      impact?: string | null;
      help: string;
      nodes: Array<{target: unknown[]}>;
    }
    const axe = (window as unknown as {axe: {run: (context: unknown, options: unknown) => Promise<{violations: Result[]}>}})
      .axe;
    const results = await axe.run(selector ?? document, {resultTypes: ['violations']});
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact as 'serious' | 'critical',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
      }));
  }, context);
}

/** A page with what it reported: console errors, uncaught exceptions, failed requests. */
export interface WatchedPage {
  readonly page: Page;
  /**
   * In order: `console.error` messages (hydration errors land here),
   * uncaught page errors, and `HTTP <status> <url>` for every response with
   * status 400 or more, except `/favicon.ico` (Chromium asks for it; a site
   * need not have one).
   */
  readonly errors: string[];
  /** Close the page's browser context. */
  readonly close: () => Promise<void>;
}

/**
 * Open a page in a fresh browser context and record its errors.
 *
 * @param browser
 *   From {@link launchBrowser}.
 * @param options
 *   Context options (`javaScriptEnabled: false`, permissions, …).
 */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    // Failed loads are reported with their URL by the `response` listener.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400 && new URL(response.url()).pathname !== '/favicon.ico') {
      errors.push('HTTP ' + response.status() + ' ' + response.url());
    }
  });
  return {page, errors, close: () => context.close()};
}

/**
 * Wait until Docusaurus has hydrated the page (`<html data-has-hydrated="true">`):
 * from then on, React handles events.
 */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', {state: 'attached'});
}

/**
 * Move focus to `target` with the Tab key only, as a keyboard user would.
 *
 * @returns
 *   How many times Tab was pressed.
 * @throws {Error}
 *   When `target` is not focused after `maxPresses` presses (not reachable
 *   by keyboard, or disabled).
 */
export async function tabTo(page: Page, target: Locator, maxPresses = 200): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error('Unexpected focus never reaching the element after ' + maxPresses + ' Tab presses, expected it in the tab order');
}

/** A running `docusaurus start`. */
export interface DevServer {
  /** Origin without a trailing slash, such as `http://127.0.0.1:40123`. */
  readonly origin: string;
  /** Everything the server printed so far (stdout and stderr, colours removed). */
  readonly output: () => string;
  /** Whether the server process has exited. */
  readonly exited: () => boolean;
  /**
   * Wait until `check` holds, polling every 250 ms.
   *
   * @throws {Error}
   *   After `timeout` ms (default 120,000), or when the server exits, with
   *   what it printed.
   */
  readonly until: (check: () => boolean | Promise<boolean>, what: string, timeout?: number) => Promise<void>;
  /** Stop the server and its children. */
  readonly stop: () => void;
}

/** A TCP port nothing listens on now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise(function (resolve, reject) {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', function () {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
    });
  });
}

/**
 * Start `docusaurus start` (the CLI installed in the repository) on a site
 * and wait until it answers HTTP.
 *
 * @param siteDir
 *   The site; it loads the compiled `lib/` of the packages (build first).
 * @throws {Error}
 *   When the server exits or does not answer within 120 s.
 */
export async function startDevServer(siteDir: string): Promise<DevServer> {
  const port = await freePort();
  const origin = 'http://127.0.0.1:' + port;
  let output = '';
  const child: ChildProcess = spawn(
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
    {cwd: siteDir, env: {...process.env, BROWSER: 'none', FORCE_COLOR: '0', NO_COLOR: '1'}, detached: true},
  );
  child.stdout?.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
  child.stderr?.on('data', (chunk: Buffer) => (output += stripVTControlCharacters(chunk.toString())));
  const server: DevServer = {
    origin,
    output: () => output,
    exited: () => child.exitCode !== null || child.signalCode !== null,
    async until(check, what, timeout = 120_000) {
      const deadline = Date.now() + timeout;
      for (;;) {
        if (server.exited()) throw new Error('`docusaurus start` exited while waiting for ' + what + ':\n' + output);
        if (await check()) return;
        if (Date.now() > deadline) throw new Error('Timed out waiting for ' + what + ':\n' + output);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    stop() {
      if (!server.exited() && child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
    },
  };
  try {
    await server.until(async function () {
      try {
        return (await fetch(origin + '/')).ok;
      } catch {
        return false; // Not listening yet.
      }
    }, 'the dev server to answer');
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}
