import type {LoadedContent} from '@docusaurus/plugin-content-docs';

/** `allContent` as Docusaurus gives it to `allContentLoaded`: plugin name → instance id → content. */
type AllContent = Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;

/**
 * Site-relative file path → permalink, for the docs of every docs plugin
 * instance and version (`@docusaurus/plugin-content-docs` content).
 */
export function docPermalinks(allContent: AllContent): Map<string, string> {
  const permalinks = new Map<string, string>();
  for (const instance of Object.values(allContent['docusaurus-plugin-content-docs'] ?? {})) {
    for (const version of (instance as LoadedContent | undefined)?.loadedVersions ?? []) {
      for (const doc of version.docs) permalinks.set(doc.source.replace(/^@site\//, ''), doc.permalink);
    }
  }
  return permalinks;
}
