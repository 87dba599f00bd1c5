#!/usr/bin/env node
// The `upgrade-paths` binary. Committed (not built), so that npm links it
// when it installs the workspace, before anything is built. It runs the
// bundle `npm run build` makes (`dist/`, see `scripts/bundle-cli.js`): one
// file starts several times faster than the ~800 modules of `lib/`, and
// with its code cache (see `load.js`) it is not compiled again on each run.
import {loadCommand} from './load.js';

process.exitCode = await loadCommand().exports.main(process.argv.slice(2));
