import type {Command} from '../command.js';
import {diffCommand} from './diff.js';
import {extractCommand} from './extract.js';
import {lintCommand} from './lint.js';

/** Every subcommand of `upgrade-paths`, in the order the help lists them. */
export const commands: readonly Command[] = [extractCommand, lintCommand, diffCommand];
