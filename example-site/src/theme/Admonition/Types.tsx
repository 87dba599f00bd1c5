/**
 * Admonition types of the site: Docusaurus's own, plus `preview` for the
 * `:::preview` blocks of the Palette docs (Tech Preview features; the docs
 * plugin's `admonitions.keywords` lets the Markdown through, this map gives
 * it a component instead of the Info fallback).
 */
import DefaultAdmonitionTypes from '@theme-original/Admonition/Types';
import type AdmonitionTypes from '@theme/Admonition/Types';
import AdmonitionTypePreview from './Type/Preview';

const admonitionTypes: typeof AdmonitionTypes = {
  ...DefaultAdmonitionTypes,
  preview: AdmonitionTypePreview,
};

export default admonitionTypes;
