// `semver` 7 keeps `compareIdentifiers` in `internal/identifiers.js`, which
// `@types/semver` declares as `internals/identifiers` (a path that does not
// exist at run time). The function as `@types/semver` types it.
declare module 'semver/internal/identifiers.js' {
  export function compareIdentifiers(a: string | number | null | undefined, b: string | number | null | undefined): 1 | 0 | -1;
}
