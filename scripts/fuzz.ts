// The fuzz suite's long run (`npm run fuzz`, which builds first): the
// properties of `test/fuzz/properties.ts` on generated documents, printing
// what the documents held and what became of every row. Exits with 1 and
// prints the failing document (with its seed and path, to replay) when a
// property does not hold.
//
// Usage: npm run fuzz -- [--runs 100000] [--seed <n>]
import * as fc from 'fast-check';
import {document, render} from '../test/fuzz/documents.js';
import {checkDocument, emptyCounts} from '../test/fuzz/properties.js';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf('--' + name);
  if (index === -1) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isSafeInteger(value) || value < 0) {
    console.error('Unexpected `--' + name + ' ' + process.argv[index + 1] + '`, expected a whole number, such as `--' + name + ' 1000`.');
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 100_000);
const seed = option('seed', Date.now() % 2 ** 31);
const counts = emptyCounts();
const started = Date.now();
const result = fc.check(
  fc.property(document, (spec) => checkDocument(spec, counts)),
  {numRuns: runs, seed},
);
const seconds = (Date.now() - started) / 1000;
const rows = (label: string, value: number) => console.log(label.padEnd(44) + String(value).padStart(10));
console.log('seed ' + seed + ', ' + runs + ' runs, ' + seconds.toFixed(1) + ' s');
rows('documents', counts.documents);
rows('rows generated in upgrade tables', counts.rows);
rows('  in the data', counts.rowsInData);
rows('    of them with a finding at their line', counts.rowsWithFinding);
rows('  under their document\'s parse-error', counts.rowsUnderParseError);
rows('rows of other tables, in lint --verbose', counts.rowsInOtherTables);
rows('fixes written (rows kept, idempotent)', counts.fixesWritten);
rows('fixes refused', counts.fixesRefused);
if (result.failed) {
  console.error('\nA property does not hold (seed ' + result.seed + ', path ' + result.counterexamplePath + '):');
  console.error(String(result.errorInstance));
  if (result.counterexample) console.error('\nDocument:\n' + JSON.stringify(render(result.counterexample[0]).value));
  process.exitCode = 1;
}
