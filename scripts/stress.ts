// Dev-server stress (run with `npm run stress`, which builds first): runs
// the trials of `test/browser/dev-stress.ts` against one `docusaurus start`
// and prints how many served old rows or routes, how many printed a false
// error for a partial written in two steps, and the times to fresh.
//
// Usage: npm run stress -- [--trials 30]
import {logFile, runDevStress, staleAfterMs} from '../test/browser/dev-stress.js';

const index = process.argv.indexOf('--trials');
const trials = index === -1 ? 30 : Number(process.argv[index + 1]);
if (!Number.isInteger(trials) || trials < 1) {
  console.error('Unexpected `--trials ' + process.argv[index + 1] + '`, expected a whole number of trials, such as `--trials 30`.');
  process.exit(2);
}
const result = await runDevStress({trials, log: (line) => console.log(line)});
const sorted = [...result.freshMs].sort((a, b) => a - b);
const median = sorted.length === 0 ? NaN : sorted[Math.floor(sorted.length / 2)];
console.log('');
console.log(`trials            ${result.trials}`);
console.log(`stale (> ${staleAfterMs / 1000} s)     ${result.stale.length}${result.stale.length ? ' (trials ' + result.stale.join(', ') + ')' : ''}`);
console.log(`false errors      ${result.falseErrors.length}${result.falseErrors.length ? ' (trials ' + result.falseErrors.join(', ') + ')' : ''}`);
console.log(`to fresh, median  ${median} ms (min ${sorted[0]} ms, max ${sorted.at(-1)} ms)`);
console.log(`server output      ${logFile}`);
process.exitCode = result.stale.length + result.falseErrors.length === 0 ? 0 : 1;
