/**
 * Reading files that change under a dev server: a cached reading is trusted
 * only when the file is older than the load that read it (git's racy rule),
 * a file is read once stable (never half-written), and a compile waits for
 * the lint run that read the file it compiles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {
  awaitPublishedDocument,
  createSiteCache,
  defaultDocsSettings,
  defaultMarkdownSettings,
  defaultPartialsPath,
  lintSite,
} from '@upgrade-paths/engine';
import {racyMarginMs, readStableText, readingHolds, settleMs, stampOf} from '../../packages/engine/src/files.js';

let siteDir: string;

beforeEach(function () {
  siteDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'upgrade-paths-files-')));
  fs.mkdirSync(path.join(siteDir, 'docs'));
});

afterEach(function () {
  fs.rmSync(siteDir, {recursive: true, force: true});
});

function table(target: string): string {
  return ['# Upgrade', '', '| Source Version | Target Version | Support |', '| --- | --- | --- |', `| 1.2.0 | ${target} | ✅ |`, ''].join('\n');
}

const settings = () => ({
  siteDir,
  docs: defaultDocsSettings,
  markdown: defaultMarkdownSettings,
  partialsPath: defaultPartialsPath,
  pluginId: 'files-test',
});

function targets(result: Awaited<ReturnType<typeof lintSite>>): string[] {
  return result.tables.flatMap((extracted) => extracted.rows.map((row) => row.target));
}

describe('readingHolds (racy readings)', function () {
  const stamp = {mtimeMs: 1_000_000, size: 42, ino: 7};

  it('trusts a reading of a file older than its load by the margin, with the same stamp', function () {
    expect(readingHolds({stamp, loadStart: stamp.mtimeMs + racyMarginMs + 1, value: ''}, stamp)).toBe(true);
  });

  it('does not trust a reading of a file modified within the margin before its load', function () {
    expect(readingHolds({stamp, loadStart: stamp.mtimeMs + racyMarginMs, value: ''}, stamp)).toBe(false);
    expect(readingHolds({stamp, loadStart: stamp.mtimeMs + 10, value: ''}, stamp)).toBe(false);
  });

  it('does not trust a reading of another version (time, size or inode)', function () {
    const reading = {stamp, loadStart: stamp.mtimeMs + racyMarginMs * 2, value: ''};
    expect(readingHolds(reading, {...stamp, mtimeMs: stamp.mtimeMs + 1})).toBe(false);
    expect(readingHolds(reading, {...stamp, size: 43})).toBe(false);
    expect(readingHolds(reading, {...stamp, ino: 8})).toBe(false);
    expect(readingHolds(undefined, stamp)).toBe(false);
  });
});

describe('readStableText', function () {
  it('returns undefined for a file that is gone', async function () {
    expect(await readStableText(path.join(siteDir, 'missing.md'))).toBeUndefined();
  });

  it('waits for a file being written in steps and returns the whole text', async function () {
    const file = path.join(siteDir, 'docs', 'steps.md');
    const whole = table('1.2.1');
    fs.writeFileSync(file, whole.slice(0, 60));
    const reading = readStableText(file);
    // The second step lands while the reading is under way (its first
    // `stat` may or may not see it): only waiting for the file to settle
    // makes the result whole either way.
    fs.appendFileSync(file, whole.slice(60));
    const read = await reading;
    expect(read?.text).toBe(whole);
    expect(read?.stamp).toEqual(stampOf(fs.statSync(file)));
  });

  it('reads a file modified just now only once it is settleMs old', async function () {
    const file = path.join(siteDir, 'docs', 'now.md');
    fs.writeFileSync(file, table('1.2.1'));
    const read = await readStableText(file);
    expect(Date.now() - (read?.stamp.mtimeMs ?? Infinity)).toBeGreaterThanOrEqual(settleMs);
  });
});

describe('lintSite with a cache', function () {
  it('sees a same-size edit that keeps the modification time (a racy reading is read again)', async function () {
    const file = path.join(siteDir, 'docs', 'upgrade.md');
    fs.writeFileSync(file, table('1.2.1'));
    const cache = createSiteCache();
    expect(targets(await lintSite(settings(), {config: {}, cache}))).toEqual(['1.2.1']);
    const {atime, mtime} = fs.statSync(file);
    fs.writeFileSync(file, table('1.2.2'));
    fs.utimesSync(file, atime, mtime); // Same size, same time: only the racy rule tells.
    expect(targets(await lintSite(settings(), {config: {}, cache}))).toEqual(['1.2.2']);
  });

  it('reuses the reading of a file older than the margin', async function () {
    const file = path.join(siteDir, 'docs', 'upgrade.md');
    fs.writeFileSync(file, table('1.2.1'));
    const old = new Date(Date.now() - racyMarginMs * 5);
    fs.utimesSync(file, old, old);
    const cache = createSiteCache();
    await lintSite(settings(), {config: {}, cache});
    const cached = cache.texts.get(file);
    await lintSite(settings(), {config: {}, cache});
    expect(cache.texts.get(file)).toBe(cached);
  });
});

describe('lintSite: what a run found out about a doc goes with its text', function () {
  const prose = '# Upgrade\n\nNothing to read here yet.\n';
  const releaseTable = ['| From release | To release |', '| --- | --- |', '| 1.2.0 | 1.2.1 |', ''].join('\n');

  function writeOld(file: string, text: string): void {
    fs.writeFileSync(file, text);
    const old = new Date(Date.now() - racyMarginMs * 5);
    fs.utimesSync(file, old, old);
  }

  it('gives an unchanged doc to lint as the same object, and an edited one as a new one that is read again', async function () {
    const file = path.join(siteDir, 'docs', 'upgrade.md');
    writeOld(file, prose);
    const cache = createSiteCache();
    const first = await lintSite(settings(), {config: {}, cache});
    expect(first.tables).toEqual([]);
    // The reading holds: the same document, so the prefilter's "no table" is reused.
    const second = await lintSite(settings(), {config: {}, cache});
    expect(second.documents[0]).toBe(first.documents[0]);
    // A stale answer kept by path (or by reading) would still say "no table" here.
    writeOld(file, table('1.2.1'));
    const third = await lintSite(settings(), {config: {}, cache});
    expect(third.documents[0]).not.toBe(first.documents[0]);
    expect(targets(third)).toEqual(['1.2.1']);
  });

  it('works the prefilter out again for the same doc under another config', async function () {
    const file = path.join(siteDir, 'docs', 'upgrade.md');
    writeOld(file, '# Upgrade\n\n' + releaseTable);
    const cache = createSiteCache();
    const plain = await lintSite(settings(), {config: {}, cache});
    expect(plain.tables).toEqual([]);
    const named = await lintSite(settings(), {config: {columns: {source: ['From release'], target: ['To release']}}, cache});
    expect(named.documents[0]).toBe(plain.documents[0]);
    expect(targets(named)).toEqual(['1.2.1']);
  });
});

describe('awaitPublishedDocument', function () {
  it('returns at once for a file no run read, and for a file older than the last run', async function () {
    const file = path.join(siteDir, 'docs', 'upgrade.md');
    fs.writeFileSync(file, table('1.2.1'));
    expect(await awaitPublishedDocument(path.join(siteDir, 'docs', 'other.md'))).toBe(false); // Gone.
    fs.writeFileSync(path.join(siteDir, 'docs', 'unread.mdx'), 'Not read by any run.\n');
    expect(await awaitPublishedDocument(path.join(siteDir, 'docs', 'unread.mdx'))).toBe(true);
    await lintSite(settings(), {config: {}});
    expect(await awaitPublishedDocument(file)).toBe(true);
  });

  it('waits for the run that reads an edited file, and not for one that started before the edit', async function () {
    const file = path.join(siteDir, 'docs', 'upgrade.md');
    fs.writeFileSync(file, table('1.2.1'));
    await lintSite(settings(), {config: {}});
    // A run under way, then the edit it does not see.
    const stale = await lintSite(settings(), {config: {}, publish: false});
    await new Promise((resolve) => setTimeout(resolve, 20));
    fs.writeFileSync(file, table('1.2.2'));
    let settled = false;
    const waiting = awaitPublishedDocument(file).then((current) => ((settled = true), current));
    stale.publish();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(settled).toBe(false);
    const fresh = await lintSite(settings(), {config: {}, publish: false});
    expect(targets(fresh)).toEqual(['1.2.2']);
    fresh.publish();
    expect(await waiting).toBe(true);
  });
});

describe('lintSite with a bounded cache', function () {
  it('keeps at most maxTextLength of text between runs, and gives the same results as an unbounded cache', async function () {
    const old = new Date(Date.now() - racyMarginMs * 5);
    for (const [name, target] of [['a.md', '1.2.1'], ['b.md', '1.2.2'], ['c.md', '1.2.3']] as const) {
      const file = path.join(siteDir, 'docs', name);
      fs.writeFileSync(file, table(target).replace('# Upgrade', '# Upgrade ' + name));
      fs.utimesSync(file, old, old);
    }
    const one = table('1.2.1').length + 8;
    const bounded = createSiteCache({maxTextLength: one * 2});
    const unbounded = createSiteCache();
    for (let run = 0; run < 3; run++) {
      const [left, right] = [await lintSite(settings(), {config: {}, cache: bounded}), await lintSite(settings(), {config: {}, cache: unbounded})];
      expect(targets(left)).toEqual(['1.2.1', '1.2.2', '1.2.3']);
      expect(left.tables).toEqual(right.tables);
      expect(left.findings).toEqual(right.findings);
      expect([...bounded.texts.values()].reduce((total, reading) => total + reading.value.length, 0)).toBeLessThanOrEqual(one * 2);
      expect(bounded.texts.size).toBe(2);
      expect(unbounded.texts.size).toBe(3);
    }
  });

  it('refuses a maxTextLength that is not a non-negative integer', function () {
    expect(() => createSiteCache({maxTextLength: -1})).toThrow(/`-1` as `maxTextLength`/);
    expect(() => createSiteCache({maxTextLength: 1.5})).toThrow(RangeError);
  });
});
