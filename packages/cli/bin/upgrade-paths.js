#!/usr/bin/env node
// The `upgrade-paths` binary. Committed (not built), so that npm links it
// when it installs the workspace, before `lib/` is built.
import {main} from '../lib/index.js';

process.exitCode = await main(process.argv.slice(2));
