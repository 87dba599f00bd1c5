import {parseArgs} from 'node:util';

/**
 * Wrong command line arguments. Its message is an "Unexpected X, expected Y"
 * sentence; `main` prints it with the usage and exits with code 2.
 */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** One option a command accepts. */
export interface OptionSpec {
  /** `boolean` takes no value (`--help`); `string` takes one (`--format md`). */
  readonly type: 'boolean' | 'string';
  /** One-letter alias, without the dash (`h` for `-h`). */
  readonly short?: string | undefined;
  /** Values a `string` option accepts; any value when absent. */
  readonly choices?: readonly string[] | undefined;
}

/** Values read for the options of a spec: absent when not given. */
export type OptionValues<Spec extends Readonly<Record<string, OptionSpec>>> = {
  -readonly [Name in keyof Spec]?: Spec[Name]['type'] extends 'string' ? string : boolean;
};

/**
 * Parse command line arguments with `node:util` `parseArgs`, reporting
 * problems in house style rather than with Node's messages.
 *
 * Options and positionals may be mixed; `--` ends options. A repeated option
 * keeps its last value.
 *
 * @param args
 *   Arguments, without the program and command names.
 * @param spec
 *   Options accepted, by long name.
 * @returns
 *   Option values and positionals, in the order given.
 * @throws {UsageError}
 *   For an unknown option, a `string` option without a value or with a value
 *   outside its `choices`, or a `boolean` option given a value.
 */
export function parseArguments<const Spec extends Readonly<Record<string, OptionSpec>>>(
  args: readonly string[],
  spec: Spec,
): {values: OptionValues<Spec>; positionals: string[]} {
  const config: Record<string, {type: 'boolean' | 'string'; short?: string}> = {};
  for (const [name, option] of Object.entries(spec)) {
    config[name] = option.short === undefined ? {type: option.type} : {type: option.type, short: option.short};
  }
  const {tokens} = parseArgs({args: [...args], options: config, strict: false, allowPositionals: true, tokens: true});
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const option = Object.hasOwn(spec, token.name) ? spec[token.name] : undefined;
    if (option === undefined) {
      throw new UsageError('Unexpected option `' + token.rawName + '`, expected ' + listOptions(spec));
    }
    if (option.type === 'boolean') {
      if (token.value !== undefined) {
        throw new UsageError(
          'Unexpected value `' + token.value + '` for `' + token.rawName + '`, expected no value',
        );
      }
      values[token.name] = true;
      continue;
    }
    const expected = option.choices ? listValues(option.choices) : 'a value';
    if (token.value === undefined || (token.value.startsWith('-') && !token.inlineValue)) {
      throw new UsageError('Unexpected missing value for `' + token.rawName + '`, expected ' + expected);
    }
    if (option.choices && !option.choices.includes(token.value)) {
      throw new UsageError('Unexpected `' + token.value + '` for `' + token.rawName + '`, expected ' + expected);
    }
    values[token.name] = token.value;
  }
  return {values: values as OptionValues<Spec>, positionals};
}

function listOptions(spec: Readonly<Record<string, OptionSpec>>): string {
  const names = Object.keys(spec).map((name) => '`--' + name + '`');
  return names.length === 0 ? 'no options' : 'one of ' + names.join(', ');
}

/** `` `a` ``, `` `a` or `b` ``, `` `a`, `b` or `c` ``: values for an "expected …" sentence. */
export function listValues(values: readonly string[]): string {
  const quoted = values.map((value) => '`' + value + '`');
  return quoted.length < 2 ? quoted.join('') : quoted.slice(0, -1).join(', ') + ' or ' + quoted.at(-1);
}
