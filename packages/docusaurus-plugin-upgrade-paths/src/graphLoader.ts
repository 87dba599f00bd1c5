import type {Dataset} from '@upgrade-paths/core';
import type {UpgradeGraphLayout} from './client/graphLayout.js';
import {layoutUpgradeGraph} from './graphLayout.js';

/** The parts of webpack's loader context this loader uses. */
interface LoaderContext {
  readonly resourcePath: string;
  async(): (error: Error | null, result?: string) => void;
}

/**
 * What the plugin writes as a graph data module (`graphModuleName`) before
 * any page asks for it: the dataset and the kind of nodes. This loader
 * turns it into the laid-out graph when a page imports the module.
 */
export interface GraphModuleRequest {
  readonly collapsed: boolean;
  readonly dataset: Dataset;
}

/** The last layout per graph module file: a reload lays out again only what changed; client and server share it. */
const layouts = new Map<string, {readonly source: string; readonly layout: Promise<UpgradeGraphLayout>}>();

/**
 * Webpack loader of the graph data modules: lays out the graph a module
 * asks for (`layoutUpgradeGraph`, elkjs) and gives it as the module's JSON.
 * Webpack runs loaders only for modules some page imports, so a dataset no
 * `<UpgradeGraph>` or `<UpgradeChecker graph>` draws is never laid out
 * (layouts take from milliseconds to seconds per dataset). The layout of a
 * file is kept while its text is unchanged, for the other compiler (client
 * and server) and for reloads of `docusaurus start`; webpack's persistent
 * cache keeps it across builds.
 *
 * @param source
 *   The module's text: a {@link GraphModuleRequest} as JSON.
 */
export default function graphLoader(this: LoaderContext, source: string): void {
  const callback = this.async();
  let entry = layouts.get(this.resourcePath);
  if (entry?.source !== source) {
    const request = JSON.parse(source) as GraphModuleRequest;
    entry = {source, layout: layoutUpgradeGraph(request.dataset, request.collapsed)};
    layouts.set(this.resourcePath, entry);
  }
  entry.layout.then(
    (layout) => callback(null, JSON.stringify(layout)),
    (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
  );
}
