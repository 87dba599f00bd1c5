/**
 * The `:::preview` admonitions of the seed pages, rendered by the site's
 * swizzled `Admonition/Types` (example-site/src/theme/Admonition/Types.tsx).
 */
import {beforeAll, describe, expect, inject, it} from 'vitest';
import {readPage} from './build.js';

let outDir: string;

beforeAll(function () {
  outDir = inject('exampleSiteOutDir');
});

describe('example-site `:::preview` admonition', function () {
  for (const permalink of ['vertex/management-appliance/upgrade', 'self-hosted/management-appliance/upgrade']) {
    it('renders as its own type on /' + permalink + ', with its icon and title', function () {
      const article = readPage(outDir, permalink).querySelector('article')!;
      const previews = [...article.querySelectorAll('.theme-admonition-preview')];
      expect(previews).toHaveLength(1);
      const preview = previews[0]!;
      expect(preview.classList.contains('alert')).toBe(true);
      expect(preview.classList.contains('alert--info')).toBe(false);
      expect(preview.querySelector('svg path')).not.toBeNull();
      expect(preview.textContent).toMatch(/^preview\s*This is a Tech Preview feature/);
      // Not also drawn as the Info fallback.
      expect(article.querySelector('.theme-admonition-info')?.textContent ?? '').not.toContain('Tech Preview');
    });
  }

  it('builds without the fallback warning', function () {
    const output = inject('exampleSiteOutput');
    expect(output).toContain('[SUCCESS]');
    expect(output).not.toContain('No admonition component found');
  });
});
