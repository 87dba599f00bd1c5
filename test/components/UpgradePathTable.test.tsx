/** @jsxRuntime automatic */
/** @jsxImportSource react */
import type {ReactNode} from 'react';
import {cleanup, fireEvent, render, screen, within} from '@testing-library/react';
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import type {Dataset, UpgradeRow, UpgradeTable} from '@upgrade-paths/core';
import {rowAnchor} from '@upgrade-paths/core';
import UpgradePathTable, {
  filterMinimumRows,
} from '../../packages/docusaurus-plugin-upgrade-paths/src/theme/UpgradePathTable/index.js';
import {ruleDocsUrl} from '../../packages/docusaurus-plugin-upgrade-paths/src/theme/UpgradePathTable/Findings/index.js';
import {
  matchesQuery,
  samePage,
  versionMatches,
} from '../../packages/docusaurus-plugin-upgrade-paths/src/client/selection.js';

// A jsdom page, set up before anything is imported. (The `jsdom` test
// environment transforms modules for the web, where the Docusaurus aliases
// below cannot be resolved before they are mocked.)
await vi.hoisted(async () => {
  const {JSDOM} = await import('jsdom');
  const {populateGlobal} = await import('vitest/environments');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {url: 'http://localhost/'});
  populateGlobal(globalThis, dom.window, {bindFunctions: true});
  Object.assign(globalThis, {IS_REACT_ACT_ENVIRONMENT: true});
});

// Docusaurus client aliases, reduced to what the component relies on:
// messages with `{placeholders}` filled in, the current URL path, the anchor
// collector of the broken-link checker, and whether the page is hydrated.
const client = vi.hoisted(() => ({
  pathname: '/',
  isBrowser: true,
  anchors: [] as string[],
  // What the plugin publishes per instance as global data in `docusaurus start`.
  globalData: {} as Record<string, {findings?: Record<string, unknown[]>; run?: number}>,
}));

vi.mock('@docusaurus/Translate', async () => {
  const {Fragment, createElement} = await import('react');
  type Values = Record<string, ReactNode>;
  function fill(message: string, values: Values | undefined): ReactNode[] {
    return message
      .split(/(\{\w+\})/)
      .map((part) => (/^\{\w+\}$/.test(part) && values ? (values[part.slice(1, -1)] ?? part) : part));
  }
  return {
    default: ({children, values}: {children: string; values?: Values}) =>
      createElement(Fragment, null, ...fill(children, values)),
    translate: ({message}: {message: string}, values?: Values) => fill(message, values).join(''),
  };
});
vi.mock('@docusaurus/router', () => ({useLocation: () => ({pathname: client.pathname})}));
vi.mock('@docusaurus/useBrokenLinks', () => ({
  default: () => ({collectAnchor: (anchor: string) => client.anchors.push(anchor), collectLink: () => {}}),
}));
vi.mock('@docusaurus/useIsBrowser', () => ({default: () => client.isBrowser}));
vi.mock('@docusaurus/useGlobalData', () => ({useAllPluginInstancesData: () => client.globalData}));
vi.mock('@theme/Admonition', async () => {
  const {createElement} = await import('react');
  return {
    default: ({type, title, children}: {type: string; title: ReactNode; children: ReactNode}) =>
      createElement('aside', {'data-admonition': type}, createElement('p', null, title), children),
  };
});

function row(source: string, target: string, supported: boolean | null, line: number): UpgradeRow {
  return {source, target, supported, anchor: rowAnchor(source, target), line, column: 1};
}

function table(
  line: number,
  group: string | null,
  tab: string | null,
  rows: readonly UpgradeRow[],
  permalink = '/self-hosted/kubernetes/upgrade',
): UpgradeTable {
  const file = 'docs' + permalink + '.mdx';
  return {
    id: file + ':' + line,
    file,
    permalink,
    line,
    column: 1,
    group,
    tab: tab === null ? null : {value: tab, label: tab.toUpperCase()},
    includedFrom: null,
    rows,
  };
}

const minor47 = table(10, '4.7.x', 'kubernetes', [
  row('4.7.16', '4.7.20', true, 12),
  row('4.6.41', '4.7.20', true, 13),
  row('4.6.41', '4.7.15', false, 14),
]);
const minor46 = table(20, '4.6.x', 'kubernetes', [
  row('4.6.36', '4.6.43', true, 22),
  row('4.6.36', '4.6.41', true, 23),
  row('4.6.32', '4.6.43', true, 24),
  row('4.6.32', '4.6.41', true, 25),
  row('4.6.28', '4.6.43', true, 26),
  row('4.6.28', '4.6.41', true, 27),
  row('4.5.23', '4.6.43', false, 28),
  row('4.5.23', '4.6.41', true, 29),
]);
const older = table(40, null, 'vmware', [row('4.1.x', '4.3.6', false, 42), row('4.2.13', '4.3.6', null, 43)]);
const kubernetes: Dataset = {
  id: 'palette/kubernetes',
  title: 'Upgrade Palette on Kubernetes',
  versions: [],
  tables: [minor47, minor46, older],
};

function tables(): HTMLTableElement[] {
  return screen.queryAllByRole('table') as HTMLTableElement[];
}

function captions(): string[] {
  return tables().map((item) => item.caption?.textContent ?? '');
}

/** `source → target` of every body row in the document, in order. */
function paths(): string[] {
  return tables().flatMap((item) =>
    [...item.tBodies[0]!.rows].map((tr) => tr.cells[0]!.textContent + ' → ' + tr.cells[1]!.textContent),
  );
}

function ids(): string[] {
  return tables().flatMap((item) => [...item.tBodies[0]!.rows].map((tr) => tr.id));
}

beforeEach(function () {
  client.pathname = '/self-hosted/kubernetes/upgrade';
  client.isBrowser = true;
  client.anchors = [];
});

afterEach(cleanup);

describe('UpgradePathTable: one table (`table`)', function () {
  it('renders a real table: caption, column headers, one row per dataset row', function () {
    render(<UpgradePathTable table={minor47.id} data={kubernetes} />);
    const rendered = screen.getByRole('table', {name: '4.7.x'});
    expect(tables()).toEqual([rendered]);
    expect(rendered.getAttribute('data-upgrade-paths-table')).toBe('docs/self-hosted/kubernetes/upgrade.mdx:10');
    const headers = within(rendered).getAllByRole('columnheader');
    expect(headers.map((cell) => [cell.textContent, cell.getAttribute('scope')])).toEqual([
      ['Source Version', 'col'],
      ['Target Version', 'col'],
      ['Support', 'col'],
    ]);
    expect(paths()).toEqual(['4.7.16 → 4.7.20', '4.6.41 → 4.7.20', '4.6.41 → 4.7.15']);
  });

  it('shows support as text, with the icon hidden from assistive technology', function () {
    render(<UpgradePathTable table={minor47.id} data={kubernetes} />);
    const [yes, , no] = within(tables()[0]!.tBodies[0]!).getAllByRole('row');
    expect(within(yes!).getAllByRole('cell')[2]!.textContent?.trim()).toBe('Supported');
    expect(within(no!).getAllByRole('cell')[2]!.textContent?.trim()).toBe('Not supported');
    // One icon per row, an SVG that assistive technology skips; check and cross differ.
    const icons = [yes!, no!].map((row) => within(row).getAllByRole('cell')[2]!.querySelector('svg'));
    for (const icon of icons) expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(icons[0]?.innerHTML).not.toBe(icons[1]?.innerHTML);
    cleanup();
    render(<UpgradePathTable table={older.id} data={kubernetes} />);
    const unknown = screen.getByRole('cell', {name: /Unknown/});
    expect(unknown.textContent?.trim()).toBe('Unknown');
    expect(unknown.querySelector('svg[aria-hidden="true"]')).not.toBeNull();
  });

  it('gives a table without group label a generic caption', function () {
    render(<UpgradePathTable table={older.id} data={kubernetes} />);
    expect(captions()).toEqual(['Supported upgrade paths']);
  });

  it('on its own page, gives each row its anchor as id, trailing slash or not, and registers it', function () {
    for (const pathname of ['/self-hosted/kubernetes/upgrade', '/self-hosted/kubernetes/upgrade/']) {
      client.pathname = pathname;
      client.anchors = [];
      render(<UpgradePathTable table={minor47.id} data={kubernetes} />);
      expect(ids()).toEqual(['upgrade-4-7-16-to-4-7-20', 'upgrade-4-6-41-to-4-7-20', 'upgrade-4-6-41-to-4-7-15']);
      expect(new Set(client.anchors)).toEqual(new Set(ids()));
      cleanup();
    }
  });

  it('on another page, prefixes each row id with `reused-`', function () {
    client.pathname = '/vertex/management-appliance/upgrade';
    render(<UpgradePathTable table={minor47.id} data={kubernetes} />);
    expect(ids()).toEqual([
      'reused-upgrade-4-7-16-to-4-7-20',
      'reused-upgrade-4-6-41-to-4-7-20',
      'reused-upgrade-4-6-41-to-4-7-15',
    ]);
    expect(new Set(client.anchors)).toEqual(new Set(ids()));
  });

  it('says so when the table is not in the data', function () {
    render(<UpgradePathTable table="docs/nope.mdx:1" data={kubernetes} />);
    expect(screen.getByRole('alert').textContent).toBe('Upgrade table docs/nope.mdx:1 is not in the upgrade-paths data.');
    expect(tables()).toEqual([]);
  });
});

describe('UpgradePathTable: a dataset (`dataset`)', function () {
  it('renders one section per table, each table with its id and group caption', function () {
    render(<UpgradePathTable dataset="palette/kubernetes" data={kubernetes} />);
    expect(captions()).toEqual(['4.7.x', '4.6.x', 'Supported upgrade paths']);
    expect(tables().map((item) => item.getAttribute('data-upgrade-paths-table'))).toEqual([
      minor47.id,
      minor46.id,
      older.id,
    ]);
    expect(tables().map((item) => item.parentElement?.tagName)).toEqual(['SECTION', 'SECTION', 'SECTION']);
    expect(paths()).toHaveLength(13);
  });

  it('narrows to a group', function () {
    render(<UpgradePathTable dataset="palette/kubernetes" group="4.6.x" data={kubernetes} />);
    expect(captions()).toEqual(['4.6.x']);
    expect(paths()).toHaveLength(8);
  });

  it('narrows to a generator region (marker id) as to a group', function () {
    const regioned: Dataset = {...kubernetes, tables: kubernetes.tables.map((item) => (item === minor46 ? {...item, region: 'vmware-4.6'} : item))};
    render(<UpgradePathTable dataset="palette/kubernetes" group="vmware-4.6" data={regioned} />);
    expect(captions()).toEqual(['4.6.x']);
    expect(paths()).toHaveLength(8);
  });

  it('shows the notes columns after Support: the row text, or the authored cell the remark plugin gives', function () {
    const noted: UpgradeTable = {
      ...minor47,
      notes: ['Notes'],
      rows: minor47.rows.map((item, index) => ({
        ...item,
        notes: {Notes: index === 0 ? 'Read the changelog.' : ''},
        ...(index === 0 ? {supportNote: 'with downtime', sourceNote: 'Palette'} : {}),
      })),
    };
    const data: Dataset = {...kubernetes, tables: [noted]};
    const anchor = noted.rows[1]?.anchor ?? '';
    render(
      <UpgradePathTable table={noted.id} data={data}>
        <p>
          <span data-upgrade-paths-note-row={anchor} data-upgrade-paths-note-column="Notes">
            See <a href="/guide">the guide</a> <em>first</em>.
          </span>
        </p>
      </UpgradePathTable>,
    );
    const table = tables()[0];
    expect([...(table?.querySelectorAll('thead th') ?? [])].map((cell) => cell.textContent)).toEqual([
      'Source Version',
      'Target Version',
      'Support',
      'Notes',
    ]);
    const notes = [...(table?.querySelectorAll('tbody tr td:nth-child(4)') ?? [])];
    expect(notes.map((cell) => cell.textContent)).toEqual(['Read the changelog.', 'See the guide first.', '']);
    expect(notes[1]?.querySelector('a')?.getAttribute('href')).toBe('/guide');
    // What a version cell holds besides the version stays next to it.
    expect(table?.querySelector('tbody tr td:nth-child(1)')?.textContent).toBe('4.7.16 (Palette)');
    // A remark after the support marker stays next to it.
    expect(table?.querySelector('tbody tr td:nth-child(3)')?.textContent?.trim()).toBe('Supported with downtime');
    // The authored children are rendered only in their cells.
    expect(screen.getAllByText('the guide')).toHaveLength(1);
  });

  it('narrows to a tab value', function () {
    render(<UpgradePathTable dataset="palette/kubernetes" tab="vmware" data={kubernetes} />);
    expect(tables().map((item) => item.getAttribute('data-upgrade-paths-table'))).toEqual([older.id]);
  });

  it('narrows to a source version, compared as a semver value', function () {
    render(<UpgradePathTable dataset="palette/kubernetes" source="v4.6.41" data={kubernetes} />);
    expect(captions()).toEqual(['4.7.x']);
    expect(paths()).toEqual(['4.6.41 → 4.7.20', '4.6.41 → 4.7.15']);
  });

  it('matches a wildcard source row to a version of its series', function () {
    render(<UpgradePathTable dataset="palette/kubernetes" source="4.1.5" data={kubernetes} />);
    expect(paths()).toEqual(['4.1.x → 4.3.6']);
  });

  it('narrows to a target version', function () {
    render(<UpgradePathTable dataset="palette/kubernetes" target="4.6.41" data={kubernetes} />);
    expect(paths()).toEqual(['4.6.36 → 4.6.41', '4.6.32 → 4.6.41', '4.6.28 → 4.6.41', '4.5.23 → 4.6.41']);
  });

  it('combines narrowing props, and says when nothing is left', function () {
    render(<UpgradePathTable dataset="palette/kubernetes" source="4.6.41" target="4.7.15" data={kubernetes} />);
    expect(paths()).toEqual(['4.6.41 → 4.7.15']);
    cleanup();
    render(<UpgradePathTable dataset="palette/kubernetes" group="4.6.x" source="4.6.41" data={kubernetes} />);
    expect(tables()).toEqual([]);
    expect(screen.getByText('No upgrade paths match.')).toBeTruthy();
  });

  it('narrows a single table too', function () {
    render(<UpgradePathTable table={minor47.id} target="4.7.20" data={kubernetes} />);
    expect(paths()).toEqual(['4.7.16 → 4.7.20', '4.6.41 → 4.7.20']);
  });

  it('reused on another page, prefixes ids; a row id used twice gets a suffix', function () {
    client.pathname = '/vertex/management-appliance/upgrade';
    const copy = table(10, '4.7.x', null, [row('4.7.16', '4.7.20', true, 12)], '/self-hosted/vmware/upgrade');
    const data: Dataset = {...kubernetes, tables: [minor47, copy]};
    render(<UpgradePathTable dataset="palette/kubernetes" source="4.7.16" data={data} />);
    expect(ids()).toEqual(['reused-upgrade-4-7-16-to-4-7-20', 'reused-upgrade-4-7-16-to-4-7-20-2']);
  });

  it('keeps anchors on the own page and prefixes rows from other pages', function () {
    const elsewhere = table(5, '4.8.x', null, [row('4.7.20', '4.8.1', true, 7)], '/self-hosted/vmware/upgrade');
    const data: Dataset = {...kubernetes, tables: [minor47, elsewhere]};
    render(<UpgradePathTable dataset="palette/kubernetes" data={data} />);
    expect(ids()).toEqual([
      'upgrade-4-7-16-to-4-7-20',
      'upgrade-4-6-41-to-4-7-20',
      'upgrade-4-6-41-to-4-7-15',
      'reused-upgrade-4-7-20-to-4-8-1',
    ]);
  });

  it('says so when the data is not the named dataset, or no table nor dataset is named', function () {
    render(<UpgradePathTable dataset="palette/vmware" data={kubernetes} />);
    expect(screen.getByRole('alert').textContent).toBe('Upgrade paths dataset palette/vmware is not in the upgrade-paths data.');
    cleanup();
    render(<UpgradePathTable dataset="palette/kubernetes" />);
    expect(screen.getByRole('alert').textContent).toContain('palette/kubernetes');
    cleanup();
    render(<UpgradePathTable data={kubernetes} />);
    expect(screen.getByRole('alert').textContent).toBe('UpgradePathTable needs a table or a dataset prop.');
  });
});

describe('UpgradePathTable: version filter', function () {
  it('is offered only above more than `filterMinimumRows` rows', function () {
    expect(filterMinimumRows).toBe(10);
    render(<UpgradePathTable dataset="palette/kubernetes" group="4.6.x" data={kubernetes} />);
    expect(paths()).toHaveLength(8);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
    cleanup();
    render(<UpgradePathTable dataset="palette/kubernetes" data={kubernetes} />);
    expect(screen.getByRole('searchbox', {name: 'Filter by version'})).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('13 of 13 rows');
  });

  it('keeps rows whose source or target starts with the query, and counts them live', function () {
    render(<UpgradePathTable dataset="palette/kubernetes" data={kubernetes} />);
    const field = screen.getByRole('searchbox', {name: 'Filter by version'});
    const status = screen.getByRole('status');

    fireEvent.change(field, {target: {value: '4.6.4'}});
    expect(paths()).toEqual([
      '4.6.41 → 4.7.20',
      '4.6.41 → 4.7.15',
      '4.6.36 → 4.6.43',
      '4.6.36 → 4.6.41',
      '4.6.32 → 4.6.43',
      '4.6.32 → 4.6.41',
      '4.6.28 → 4.6.43',
      '4.6.28 → 4.6.41',
      '4.5.23 → 4.6.43',
      '4.5.23 → 4.6.41',
    ]);
    expect(status.textContent).toBe('10 of 13 rows');
    expect(captions()).toEqual(['4.7.x', '4.6.x']);

    fireEvent.change(field, {target: {value: ' V4.7.2 '}});
    expect(paths()).toEqual(['4.7.16 → 4.7.20', '4.6.41 → 4.7.20']);
    expect(status.textContent).toBe('2 of 13 rows');

    fireEvent.change(field, {target: {value: '4.1'}});
    expect(paths()).toEqual(['4.1.x → 4.3.6']);
    expect(captions()).toEqual(['Supported upgrade paths']);

    fireEvent.change(field, {target: {value: '6.41'}});
    expect(tables()).toEqual([]);
    expect(status.textContent).toBe('0 of 13 rows');

    fireEvent.change(field, {target: {value: ''}});
    expect(paths()).toHaveLength(13);
    expect(status.textContent).toBe('13 of 13 rows');
  });

  it('counts only the rows the props leave', function () {
    const many = table(
      50,
      '4.5.x',
      null,
      ['4.5.1', '4.5.2', '4.5.3', '4.5.4', '4.5.5', '4.5.6', '4.5.7', '4.5.8', '4.5.9', '4.5.10', '4.5.11'].map(
        (version, index) => row(version, '4.5.23', true, 52 + index),
      ),
    );
    render(<UpgradePathTable dataset="palette/kubernetes" target="4.5.23" data={{...kubernetes, tables: [minor46, many]}} />);
    expect(screen.getByRole('status').textContent).toBe('11 of 11 rows');
    fireEvent.change(screen.getByRole('searchbox'), {target: {value: '4.5.1'}});
    expect(paths()).toEqual(['4.5.1 → 4.5.23', '4.5.10 → 4.5.23', '4.5.11 → 4.5.23']);
    expect(screen.getByRole('status').textContent).toBe('3 of 11 rows');
  });

  it('is disabled, with every row shown, until the page is interactive', function () {
    client.isBrowser = false;
    render(<UpgradePathTable dataset="palette/kubernetes" data={kubernetes} />);
    expect((screen.getByRole('searchbox', {name: 'Filter by version'}) as HTMLInputElement).disabled).toBe(true);
    expect(paths()).toHaveLength(13);
  });
});

describe('UpgradePathTable: findings', function () {
  const duplicate = {ruleId: 'duplicate-row', severity: 'warn', message: 'Unexpected duplicate row', line: 13, column: 1} as const;
  const invalid = {ruleId: 'invalid-version', severity: 'error', message: 'Unexpected `4.7.a`', line: 14, column: 3} as const;

  it('shows nothing without findings', function () {
    render(<UpgradePathTable table={minor47.id} data={kubernetes} findings={[]} />);
    expect(document.querySelector('[data-admonition]')).toBeNull();
  });

  it('lists warnings in a warning admonition above the table, linked to rule docs', function () {
    render(<UpgradePathTable table={minor47.id} data={kubernetes} findings={[duplicate]} />);
    const admonition = document.querySelector('[data-admonition]')!;
    expect(admonition.getAttribute('data-admonition')).toBe('warning');
    expect(admonition.compareDocumentPosition(tables()[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const item = within(admonition as HTMLElement).getByRole('listitem');
    expect(item.textContent).toBe('13:1 Warning: Unexpected duplicate row (duplicate-row)');
    expect(within(item).getByRole('link', {name: 'duplicate-row'}).getAttribute('href')).toBe(ruleDocsUrl('duplicate-row'));
    expect(ruleDocsUrl('duplicate-row')).toMatch(/^https:\/\/.+#duplicate-row$/);
  });

  it('shows the findings the dev server publishes for its own table only', function () {
    client.globalData = {default: {findings: {[minor47.id]: [invalid], [older.id]: [duplicate]}}};
    try {
      render(<UpgradePathTable table={minor47.id} data={kubernetes} />);
      const admonition = document.querySelector('[data-admonition]') as HTMLElement;
      expect(admonition.getAttribute('data-admonition')).toBe('danger');
      expect(within(admonition).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
        '14:3 Error: Unexpected `4.7.a` (invalid-version)',
      ]);
      cleanup();
      client.globalData = {default: {findings: {}}};
      render(<UpgradePathTable table={minor47.id} data={kubernetes} />);
      expect(document.querySelector('[data-admonition]')).toBeNull();
    } finally {
      client.globalData = {};
    }
  });

  it("shows the page's own findings of its reload unless the global data is of a later run", function () {
    const listed = () =>
      [...document.querySelectorAll('[data-admonition] li')].map((item) => item.textContent);
    client.globalData = {default: {findings: {[minor47.id]: [duplicate]}, run: 100}};
    try {
      // The compile of the edited page (run 101) goes before the global data (still run 100).
      render(<UpgradePathTable table={minor47.id} data={kubernetes} reloadFindings={{pluginId: 'default', run: 101, findings: [invalid]}} />);
      expect(listed()).toEqual(['14:3 Error: Unexpected `4.7.a` (invalid-version)']);
      cleanup();
      // The same run in both: listed once.
      client.globalData = {default: {findings: {[minor47.id]: [invalid]}, run: 101}};
      render(<UpgradePathTable table={minor47.id} data={kubernetes} reloadFindings={{pluginId: 'default', run: 101, findings: [invalid]}} />);
      expect(listed()).toEqual(['14:3 Error: Unexpected `4.7.a` (invalid-version)']);
      cleanup();
      // Another page's edit cleared it (run 102); this page was not compiled again.
      client.globalData = {default: {findings: {}, run: 102}};
      render(<UpgradePathTable table={minor47.id} data={kubernetes} reloadFindings={{pluginId: 'default', run: 101, findings: [invalid]}} />);
      expect(document.querySelector('[data-admonition]')).toBeNull();
      cleanup();
      // The run of another plugin instance says nothing of this table's.
      client.globalData = {default: {findings: {[minor47.id]: [duplicate]}, run: 100}, other: {findings: {}, run: 105}};
      render(<UpgradePathTable table={minor47.id} data={kubernetes} reloadFindings={{pluginId: 'default', run: 101, findings: []}} />);
      expect(document.querySelector('[data-admonition]')).toBeNull();
    } finally {
      client.globalData = {};
    }
  });

  it('uses a danger admonition when any finding is an error', function () {
    render(<UpgradePathTable table={minor47.id} data={kubernetes} findings={[duplicate, invalid]} />);
    const admonition = document.querySelector('[data-admonition]') as HTMLElement;
    expect(admonition.getAttribute('data-admonition')).toBe('danger');
    expect(within(admonition).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '13:1 Warning: Unexpected duplicate row (duplicate-row)',
      '14:3 Error: Unexpected `4.7.a` (invalid-version)',
    ]);
  });
});

describe('UpgradePathTable: selection helpers', function () {
  it('compares versions by semver value, wildcards by series, else as text', function () {
    expect(versionMatches('4.7.20', 'v4.7.20')).toBe(true);
    expect(versionMatches('4.7.20', '4.7.2')).toBe(false);
    expect(versionMatches('1.1.0-rc.3', '1.1.0-rc.3')).toBe(true);
    expect(versionMatches('4.1.x', '4.1.9')).toBe(true);
    expect(versionMatches('4.1.x', '4.2.0')).toBe(false);
    expect(versionMatches('4.1.x', '4.1.x')).toBe(true);
    expect(versionMatches('4.7.a', '4.7.a')).toBe(true);
    expect(versionMatches('4.7.a', '4.7.0')).toBe(false);
  });

  it('matches the filter query as a prefix of source or target', function () {
    const item = row('4.6.41', '4.7.20', true, 1);
    expect(matchesQuery(item, '')).toBe(true);
    expect(matchesQuery(item, '4.6')).toBe(true);
    expect(matchesQuery(item, '4.7.2')).toBe(true);
    expect(matchesQuery(item, '6.41')).toBe(false);
  });

  it('compares page paths without a trailing slash', function () {
    expect(samePage('/a/b', '/a/b/')).toBe(true);
    expect(samePage('/a/b/', '/a/b')).toBe(true);
    expect(samePage('/a/b', '/a/bc')).toBe(false);
    expect(samePage(null, '/')).toBe(false);
  });
});
