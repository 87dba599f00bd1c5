// Benchmark of `upgrade-paths lint` (run with `npm run bench`, which builds
// first).
//
// Generates a docs tree of 3,000 files in `.bench/docs` (git-ignored): mostly
// prose pages without upgrade tables (headings, paragraphs, lists, code,
// admonitions, a few ordinary tables) and about 100 pages with real-looking
// upgrade tables made from the test fixtures (seed 002 and the rule
// fixtures). Then times, side by side and in this one run:
//
// - `upgrade-paths lint docs` (`node packages/cli/bin/upgrade-paths.js`),
// - `markdownlint-cli2 "docs/**/*.{md,mdx}"` with its default config,
// - a Node process that only reads every file,
//
// and, on `.bench/prose` (the same tree without the upgrade pages), lint and
// the read loop again: what files that cannot hold an upgrade table cost.
// Then (scripts/benchScale.js) start-up on one empty file, the table pages
// alone beside a bare parse of them (S1), and ten copies of the tree,
// 30,000 files with distinct datasets, with lint's peak RSS (S2).
// Each command runs as a fresh process, several times; the script prints the
// median times and the ratios. Target: lint at most 0.3× markdownlint-cli2.
//
// Then, in one process (S3): extract + lint of one file with 2,000
// five-row tables and of one 5,000-row table, per row, beside a bare
// remark-parse + remark-mdx + remark-gfm parse of the same text; and (S5)
// the upgrade graph of a 10,000-version dataset plus one path query,
// beside `JSON.parse` of it; and the elkjs layout and SVG render of
// `<UpgradeGraph>` for seed 002 and that dataset.
//
// Then (S4, S6; `scripts/benchSite.js`) a generated 400-page Docusaurus
// site with and without the plugin: `docusaurus build`, cache cleared,
// alternating; and in `docusaurus start`, a one-row table edit until the
// open page shows it, with the plugin's hook times. Takes minutes.
//
// Usage: node scripts/bench.js [--files 3000] [--runs 5] [--no-site]
// (`--runs` applies to every part; `--no-site` skips S4 and S6.)
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(rootDir, '.bench');
const docsDir = path.join(benchDir, 'docs');
const proseDir = path.join(benchDir, 'prose');
const fixturesDir = path.join(rootDir, 'test', 'lint', 'fixtures');

const settings = readArguments(process.argv.slice(2));
const upgradePages = Math.round(settings.files / 30);

// ---------------------------------------------------------------- generate

/** Deterministic pseudo-random numbers (mulberry32), so every run lints the same tree. */
function random(seed) {
  let state = seed >>> 0;
  return function () {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20260421);
const pick = (list) => list[Math.floor(next() * list.length)];
const between = (low, high) => low + Math.floor(next() * (high - low + 1));

const words = (
  'cluster node pool profile workspace tenant project registry image pack layer add-on ' +
  'install upgrade configure deploy verify monitor backup restore certificate proxy network ' +
  'storage volume gateway appliance management console API token role permission policy ' +
  'version release patch schedule maintenance window health check log event metric alert ' +
  'the a an and or to from with for in on of by this that each every your you can must should'
).split(' ');

function sentence() {
  const length = between(8, 22);
  const parts = Array.from({length}, () => pick(words));
  if (next() < 0.2) parts.splice(between(1, length - 1), 0, '[' + pick(words) + ' ' + pick(words) + '](../' + pick(words) + '/' + pick(words) + '.md)');
  if (next() < 0.2) parts.splice(between(1, length - 1), 0, '`' + pick(words) + '-' + pick(words) + '`');
  const text = parts.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function paragraph() {
  return Array.from({length: between(2, 6)}, sentence).join(' ');
}

function title() {
  const text = Array.from({length: between(2, 5)}, () => pick(words)).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function prosePage(index) {
  const lines = [
    '---',
    'sidebar_label: "' + title() + '"',
    'title: "' + title() + '"',
    'description: "' + sentence() + '"',
    'tags: ["' + pick(words) + '", "' + pick(words) + '"]',
    'sidebar_position: ' + index,
    '---',
    '',
    paragraph(),
    '',
  ];
  const sections = between(3, 7);
  for (let section = 0; section < sections; section++) {
    lines.push('## ' + title(), '', paragraph(), '');
    const kind = next();
    if (kind < 0.25) {
      lines.push(':::' + pick(['note', 'tip', 'warning', 'info']), '', paragraph(), '', ':::', '');
    } else if (kind < 0.5) {
      for (let item = 1; item <= between(3, 7); item++) lines.push(item + '. ' + sentence(), '');
    } else if (kind < 0.7) {
      lines.push('```' + pick(['bash', 'yaml', 'shell', 'json']));
      for (let line = 0; line < between(3, 12); line++) {
        lines.push(pick(['kubectl get', 'helm upgrade', 'export', 'curl -s', '  name:', '  - key:']) + ' ' + pick(words) + '-' + pick(words));
      }
      lines.push('```', '');
    } else if (kind < 0.8) {
      // An ordinary table; its cells often say "from" and "to", which the
      // first, textual prefilter lets through (the header check then not).
      lines.push('| Parameter | Description | Default |', '| --- | --- | --- |');
      for (let row = 0; row < between(2, 8); row++) lines.push('| `' + pick(words) + '` | ' + sentence() + ' | `' + pick(words) + '` |');
      lines.push('');
    } else {
      for (let item = 0; item < between(3, 6); item++) lines.push('- ' + sentence());
      lines.push('');
    }
    lines.push(paragraph(), '');
  }
  return lines.join('\n');
}

/** Pages with upgrade tables: seed 002 and the `ok` rule fixtures, under varied front matter. */
function upgradeTemplates() {
  const templates = [fs.readFileSync(path.join(fixturesDir, 'seeds', '002_260a37deca183956.mdx'), 'utf8')];
  for (const rule of fs.readdirSync(fixturesDir)) {
    const folder = path.join(fixturesDir, rule, 'ok');
    if (!fs.existsSync(folder)) continue;
    for (const name of fs.readdirSync(folder)) {
      if (/\.mdx?$/.test(name)) templates.push(fs.readFileSync(path.join(folder, name), 'utf8'));
    }
  }
  return templates;
}

function upgradePage(template, index) {
  const product = pick(['palette', 'palette-vertex', 'palette-ai', 'edge']);
  const install = pick(['kubernetes', 'vmware', 'management-appliance', 'airgap']);
  const body = template.replace(/^---\n[\s\S]*?\n---\n/, '');
  return (
    '---\ntitle: "Upgrade ' + title() + '"\nsidebar_position: ' + index +
    '\nupgrade_paths:\n  product: ' + product + '\n  install: ' + install + '-' + index + '\n---\n\n' +
    paragraph() + '\n\n' + body
  );
}

function generate() {
  fs.rmSync(docsDir, {recursive: true, force: true});
  fs.rmSync(proseDir, {recursive: true, force: true});
  const templates = upgradeTemplates();
  let bytes = 0;
  for (let index = 0; index < settings.files; index++) {
    const folder = path.join(docsDir, 'section-' + (index % 30), 'topic-' + (index % 7));
    fs.mkdirSync(folder, {recursive: true});
    const withTable = index % Math.floor(settings.files / upgradePages) === 0;
    const value = withTable ? upgradePage(templates[index % templates.length], index) : prosePage(index);
    const file = path.join(folder, (withTable ? 'upgrade-' : 'page-') + index + (withTable ? '.mdx' : '.md'));
    fs.writeFileSync(file, value);
    if (!withTable) {
      const prose = path.join(proseDir, path.relative(docsDir, file));
      fs.mkdirSync(path.dirname(prose), {recursive: true});
      fs.writeFileSync(prose, value);
    }
    bytes += Buffer.byteLength(value);
  }
  return bytes;
}

// ------------------------------------------------------------------- time

const readLoop = `
import fs from 'node:fs';
import path from 'node:path';
const folder = process.argv[1];
let bytes = 0;
for (const name of fs.readdirSync(folder, {recursive: true})) {
  if (/\\.mdx?$/.test(name)) bytes += fs.readFileSync(path.join(folder, name), 'utf8').length;
}
if (bytes === 0) process.exit(1);
`;

const commands = [
  {
    name: 'upgrade-paths lint',
    args: [path.join(rootDir, 'packages', 'cli', 'bin', 'upgrade-paths.js'), 'lint', 'docs'],
    ok: [0, 1],
  },
  {
    name: 'markdownlint-cli2',
    args: [path.join(rootDir, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), 'docs/**/*.{md,mdx}'],
    ok: [0, 1],
  },
  {name: 'read files only', args: ['--input-type=module', '-e', readLoop, 'docs'], ok: [0]},
  {
    name: 'upgrade-paths lint, prose only',
    args: [path.join(rootDir, 'packages', 'cli', 'bin', 'upgrade-paths.js'), 'lint', 'prose'],
    ok: [0],
  },
  {name: 'read files only, prose only', args: ['--input-type=module', '-e', readLoop, 'prose'], ok: [0]},
];

/** Run `node <args>` in `.bench` as a fresh process: its seconds and standard error. */
function run(command) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, command.args, {cwd: benchDir, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 30});
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (!command.ok.includes(result.status)) {
    throw new Error('Unexpected exit code ' + result.status + ' of ' + command.name + ':\n' + String(result.stderr).slice(0, 2000));
  }
  return {seconds, stderr: String(result.stderr)};
}

const time = (command) => run(command).seconds;

function median(values) {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)];
}

function readArguments(args) {
  const result = {files: 3000, runs: 5, site: !args.includes('--no-site')};
  args = args.filter((arg) => arg !== '--no-site');
  for (let index = 0; index < args.length; index += 2) {
    const name = args[index]?.replace(/^--/, '');
    const value = Number(args[index + 1]);
    if ((name !== 'files' && name !== 'runs') || !Number.isInteger(value) || value < 1) {
      throw new Error('Unexpected `' + args[index] + ' ' + args[index + 1] + '`, expected `--files <n>`, `--runs <n>` or `--no-site`');
    }
    result[name] = value;
  }
  return result;
}

const bytes = generate();
console.log(
  'Docs tree: ' + settings.files + ' files (' + upgradePages + ' with upgrade tables), ' +
    (bytes / 1024 / 1024).toFixed(1) + ' MiB, in ' + path.relative(rootDir, docsDir) + '/',
);
console.log('Runs per command: ' + settings.runs + ' (median; each a fresh process, one warm-up run first)\n');

const times = new Map();
for (const command of commands) time(command);
for (let run = 0; run < settings.runs; run++) {
  for (const command of commands) {
    const list = times.get(command.name) ?? [];
    list.push(time(command));
    times.set(command.name, list);
  }
}

const lintTime = median(times.get('upgrade-paths lint'));
const markdownlintTime = median(times.get('markdownlint-cli2'));
const readTime = median(times.get('read files only'));
const proseReadTime = median(times.get('read files only, prose only'));
const rows = [
  ['command', 'median', 'vs markdownlint-cli2', 'vs read only (same tree)'],
  ...commands.map((command) => {
    const value = median(times.get(command.name));
    const read = command.name.endsWith('prose only') ? proseReadTime : readTime;
    return [command.name, value.toFixed(3) + ' s', (value / markdownlintTime).toFixed(2) + '×', (value / read).toFixed(2) + '×'];
  }),
];
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column])).join('  '));
const ratio = lintTime / markdownlintTime;
console.log('\nlint / markdownlint-cli2 = ' + ratio.toFixed(2) + (ratio <= 0.3 ? ' (target ≤ 0.30 met)' : ' (target ≤ 0.30 NOT met)'));

const {benchLintScale} = await import('./benchScale.js');
benchLintScale({rootDir, benchDir, docsDir, readLoop, runs: settings.runs, median, run});

// --------------------------------------------- S3: large tables, in process
//
// Time per row of extract + lint (the engine's `lint`, Docusaurus-exact
// parse) against a bare `remark-parse` + `remark-mdx` + `remark-gfm` parse
// of the same text, for one file of 2,000 five-row tables, one 5,000-row
// table, and seed 002 for reference (medians of `runs`; printed, no target
// is checked here).

const {lint} = await import(path.join(rootDir, 'packages', 'engine', 'lib', 'index.js'));
const {unified} = await import('unified');
const {default: remarkParse} = await import('remark-parse');
const {default: remarkMdx} = await import('remark-mdx');
const {default: remarkGfm} = await import('remark-gfm');
const bare = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

function tableOf(rows, first) {
  const lines = ['| Source Version | Target Version | Support |', '| --- | --- | --- |'];
  for (let index = rows; index > 0; index--) {
    const n = first + index;
    lines.push('| 4.' + Math.floor(n / 100) + '.' + (n % 100) + ' | 5.0.' + (n % 7) + ' | ✅ |');
  }
  return lines.join('\n');
}

const seedText = fs.readFileSync(path.join(fixturesDir, 'seeds', fs.readdirSync(path.join(fixturesDir, 'seeds')).find((name) => name.endsWith('.mdx'))), 'utf8');
const cases = [
  {name: 'seed 002 (190 rows)', text: seedText, rows: 190},
  {name: '2,000 tables of 5 rows', text: Array.from({length: 2000}, (_, index) => '## Table ' + index + '\n\n' + tableOf(5, index * 10)).join('\n\n') + '\n', rows: 10000},
  {name: 'one 5,000-row table', text: tableOf(5000, 0) + '\n', rows: 5000},
  {name: 'one 50,000-row table (no target)', text: tableOf(50000, 0) + '\n', rows: 50000, runs: 1},
];

/**
 * Time two in-process tasks side by side: one warm-up run of each, then
 * `runs` runs alternating A B A B; the median seconds of each. Each task
 * gets the run's number (-1 for the warm-up).
 */
function alternate(runs, first, second) {
  const times = [[], []];
  for (let run = -1; run < runs; run++) {
    [first, second].forEach(function (task, index) {
      const start = process.hrtime.bigint();
      task(run);
      if (run >= 0) times[index].push(Number(process.hrtime.bigint() - start) / 1e9);
    });
  }
  return times.map(median);
}

const perRow = [['case', 'extract + lint', 'bare parse', 'ratio', 'lint per row vs seed']];
let seedPerRow;
for (const item of cases) {
  const [lintSeconds, parseSeconds] = alternate(
    item.runs ?? Math.min(settings.runs, 3),
    // Trailing blank lines make each run's text new to the engine's parse cache.
    (run) => lint([{path: 'docs/big.mdx', value: item.text + '\n'.repeat(run + 2), docId: 'big'}]),
    (run) => bare.parse(item.text + '\n'.repeat(run + 2)),
  );
  const row = (lintSeconds / item.rows) * 1e6;
  seedPerRow ??= row;
  perRow.push([item.name, lintSeconds.toFixed(3) + ' s', parseSeconds.toFixed(3) + ' s', (lintSeconds / parseSeconds).toFixed(2) + '×', (row / seedPerRow).toFixed(2) + '× (' + row.toFixed(0) + ' µs/row)']);
}
console.log('\nLarge tables (S3), in one process:');
const s3Widths = perRow[0].map((_, column) => Math.max(...perRow.map((row) => row[column].length)));
for (const row of perRow) console.log(row.map((cell, column) => cell.padEnd(s3Widths[column])).join('  '));

// ------------------------------------ S5: the upgrade graph, in process
//
// Building the upgrade graph of a generated 10,000-version dataset (10,000
// list rows and 500 series rows in 20 tables) plus one path query, beside
// `JSON.parse` of the same dataset as JSON (what a page's data module
// costs to read). Medians after a warm-up, and the warm-up itself (the
// first, unoptimised run, as in a reader's browser); printed, not checked.

const core = await import(path.join(rootDir, 'packages', 'core', 'lib', 'index.js'));
const graphVersions = [];
for (let minor = 0; minor < 100; minor++) for (let patch = 0; patch < 100; patch++) graphVersions.push('1.' + minor + '.' + patch);
const graphTables = [];
for (let table = 0; table < 20; table++) {
  const rows = [];
  for (let index = table * 500; index < (table + 1) * 500; index++) {
    const target = graphVersions[Math.min(index + 1, graphVersions.length - 1)];
    rows.push({source: graphVersions[index], target, supported: true, anchor: 'r' + index, line: index + 3, column: 1});
  }
  for (let series = 0; series < 25; series++) {
    const minor = (table * 25 + series) % 100;
    rows.push({source: '1.' + minor + '.x', target: '1.' + Math.min(minor + 1, 99) + '.0', supported: true, anchor: 's' + table + '-' + series, line: 900 + series, column: 1});
  }
  graphTables.push({id: 'docs/t' + table + '.md:1', file: 'docs/t' + table + '.md', permalink: '/t' + table, line: 1, column: 1, group: null, tab: null, includedFrom: null, rows});
}
const graphJson = JSON.stringify({id: 'big/default', title: 'Big', versions: [...graphVersions].reverse(), tables: graphTables});
const graphDataset = JSON.parse(graphJson);
// The first run of each is the one a reader's browser makes (code not yet
// optimised): printed beside the medians.
const firstRun = [0, 0];
const timedFirst = (index, task) => (run) => {
  const start = process.hrtime.bigint();
  task();
  if (run < 0) firstRun[index] = Number(process.hrtime.bigint() - start) / 1e9;
};
const [parseSeconds, graphSeconds] = alternate(
  settings.runs,
  timedFirst(0, () => JSON.parse(graphJson)),
  timedFirst(1, () => core.findUpgradePath(core.upgradeGraph(graphDataset), '1.0.0', '1.99.99')),
);
console.log(
  '\nUpgrade graph (S5), 10,000 versions: JSON.parse ' + (parseSeconds * 1000).toFixed(0) + ' ms, graph + one path query ' +
    (graphSeconds * 1000).toFixed(0) + ' ms (' + (graphSeconds / parseSeconds).toFixed(1) + '×' +
    (graphSeconds / parseSeconds <= 2 ? ', target ≤ 2× met' : ', target ≤ 2× NOT met') + '); first runs: ' +
    (firstRun[0] * 1000).toFixed(0) + ' ms and ' + (firstRun[1] * 1000).toFixed(0) + ' ms (' + (firstRun[1] / firstRun[0]).toFixed(1) + '×)',
);

// --------------------------- S5: the upgrade graph, laid out and drawn
//
// What `<UpgradeGraph>` costs: the Docusaurus plugin's elkjs layout (at
// build time) and the component's server render of the SVG, for seed 002
// (190 rows) one node per version and one per series, and for the
// 10,000-version dataset above (over the plugin's one-node-per-version
// limit, so one node per series). Medians of `runs` (3 at most) after a
// warm-up; printed, not checked.

const {benchUpgradeGraph} = await import('./benchGraph.js');
await benchUpgradeGraph({rootDir, benchDir, runs: Math.min(settings.runs, 3), median, lint, core, seedText, graphDataset});

if (settings.site) {
  const {benchSite} = await import('./benchSite.js');
  await benchSite({rootDir, benchDir, runs: settings.runs, median, prosePage, upgradePage, templates: upgradeTemplates(), lint});
}
