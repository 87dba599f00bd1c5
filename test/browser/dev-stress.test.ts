/**
 * `docusaurus start` never serves old rows: a few trials of the dev-server
 * stress (`npm run stress` runs more and prints the counts).
 */
import {describe, expect, it} from 'vitest';
import {logFile, runDevStress} from './dev-stress.js';

describe('docusaurus start under edits that race', function () {
  it('shows every table edit, page added and page deleted within 30 s, and no false error for a partial written in two steps', async function () {
    const result = await runDevStress({trials: 5});
    expect(result.stale, 'stale trials; the server output is in ' + logFile).toEqual([]);
    expect(result.falseErrors, 'trials with a finding about the half-written partial; see ' + logFile).toEqual([]);
    expect(result.freshMs).toHaveLength(5);
  }, 600_000);
});
