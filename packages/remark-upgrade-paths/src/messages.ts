import type {Finding} from '@upgrade-paths/core';
import type {VFile} from 'vfile';

/** Origin of the vfile messages this plugin emits. */
export const messageSource = 'remark-upgrade-paths';

/**
 * Report findings as vfile messages: `ruleId`, `source:
 * 'remark-upgrade-paths'`, the finding's position as `place`, and
 * `fatal: true` for errors (which are not thrown).
 */
export function reportFindings(file: VFile, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const message = file.message(finding.message, {place: finding.position, ruleId: finding.ruleId, source: messageSource});
    message.fatal = finding.severity === 'error';
  }
}
