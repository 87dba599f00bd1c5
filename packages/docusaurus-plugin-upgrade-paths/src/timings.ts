import {logger} from '@docusaurus/logger';

/**
 * Phase timings of the plugin's lifecycle hooks, printed when the
 * environment variable `UPGRADE_PATHS_TIMINGS` is `1`: what `npm run bench`
 * reads to tell the plugin's share of a `docusaurus start` reload from
 * Docusaurus's and webpack's. One line per hook run, through
 * `@docusaurus/logger`:
 *
 *     [INFO] upgrade-paths timing: allContentLoaded 142.3 ms (lint 120.1 ms, data modules 9.8 ms)
 *
 * Times are wall-clock milliseconds (`performance.now()`); a hook that
 * throws is timed too.
 */
export interface HookTimer {
  /** Time one part of the hook (`lint`, `data modules`), listed after the hook's total. */
  readonly part: <Value>(name: string, run: () => Promise<Value>) => Promise<Value>;
}

/** Whether `UPGRADE_PATHS_TIMINGS=1`. */
function wanted(): boolean {
  return process.env['UPGRADE_PATHS_TIMINGS'] === '1';
}

/**
 * Run a lifecycle hook, and print how long it and its timed parts took when
 * `UPGRADE_PATHS_TIMINGS=1`.
 *
 * @param hook
 *   The hook's name (`loadContent`, `allContentLoaded`).
 * @param run
 *   The hook's work; gets a timer for its parts.
 */
export async function timeHook<Value>(hook: string, run: (timer: HookTimer) => Promise<Value>): Promise<Value> {
  if (!wanted()) return run({part: (_, part) => part()});
  const parts: string[] = [];
  const start = performance.now();
  try {
    return await run({
      async part(name, part) {
        const partStart = performance.now();
        try {
          return await part();
        } finally {
          parts.push(name + ' ' + milliseconds(partStart));
        }
      },
    });
  } finally {
    logger.info('upgrade-paths timing: ' + hook + ' ' + milliseconds(start) + (parts.length > 0 ? ' (' + parts.join(', ') + ')' : ''));
  }
}

function milliseconds(start: number): string {
  return (performance.now() - start).toFixed(1) + ' ms';
}
