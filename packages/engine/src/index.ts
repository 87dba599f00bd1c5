export {lint, type LintCache, type LintCacheEntry, type LintFile, type LintOptions, type LintResult, type OtherFileTable} from './lint.js';
export {lintSite, createSiteCache, type SiteCache, type SiteDocument, type SiteLintResult} from './content.js';
export {
  defaultDocsSettings,
  loadSiteSettings,
  pluginName,
  type DocsSettings,
  type LoadedSite,
  type SiteSettings,
} from './site.js';
export {extractUpgradePaths, type ParseOptions} from './extract.js';
export {readPage, readPartial, type PageRead, type ReadOptions} from './read.js';
export {parseDocument, type ParseResult} from './parse.js';
export {preprocess, type Preprocessed} from './preprocess.js';
export {
  defaultAdmonitionKeywords,
  defaultMarkdownSettings,
  isMdxDocument,
  markdownSettings,
  type DocumentFormat,
  type MarkdownSettings,
} from './markdown.js';
export {isPartialPath, loadPartialLibrary, partialLibraryOf, type SitePartials} from './partials.js';
export {
  defaultPartialsPath,
  docsVersionOf,
  isPartialFile,
  resolvePartialsPath,
  versionedDocsPath,
  versionedPartialsPath,
} from './paths.js';
export {configFileNames, loadConfig, loadConfigFile, mergeConfig, packageJsonKey, type LoadedConfig} from './config.js';
export {discoverFiles, documentPatterns, excludePatterns, isDiscoveredPath, type DiscoveredFile, type Discovery} from './discover.js';
export {readDocuments, type DocumentResult, type ReadResult} from './documents.js';
export {awaitPublishedDocument, findSiteDir, isSiteDir, locateDocument, tableDataset, type DocumentLocation} from './locate.js';
export {publishedDatasets, publishedFindings, publishedTableDataset} from './published.js';
export {lintPaths, type PathsLintResult} from './folder.js';
export {fixDocuments} from './fix.js';
export {lintRevision, type RevisionLintResult, type RevisionSource} from './revision.js';
export {repositoryPrefix, resolveRevision, RevisionError} from './git.js';
