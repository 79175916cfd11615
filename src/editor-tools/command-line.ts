/**
 * The command line of every npm script an editor runs: flags described once,
 * read with node:util parseArgs, `--help` printing them with an example, and a
 * wrong flag answered with one Vietnamese line and exit status 2 (the usual
 * status for a usage error), never a stack trace.
 */
import { parseArgs } from 'node:util';

export interface FlagSpec {
  /** Takes a value (`--so 176/KH-UBND`) or stands alone (`--fix`). */
  type: 'string' | 'boolean';
  /** What the flag does, one line in Vietnamese. */
  help: string;
  /** Shown after the flag in the help: `--so <số ký hiệu>`. */
  value?: string;
}

export interface CommandSpec<F extends Record<string, FlagSpec>> {
  /** "npm run new". */
  command: string;
  /** One or two lines: what the command does. */
  description: string;
  flags: F;
  /** Positional arguments, as shown in the usage line: "<tệp>". */
  positionals?: { name: string; help: string; min: number; max: number };
  examples: readonly string[];
}

export type FlagValues<F extends Record<string, FlagSpec>> = {
  [K in keyof F]?: F[K]['type'] extends 'boolean' ? boolean : string;
};

export type CommandLine<F extends Record<string, FlagSpec>> =
  | { ok: true; help: false; flags: FlagValues<F>; positionals: string[] }
  | { ok: true; help: true; text: string }
  | { ok: false; error: string };

export function helpText<F extends Record<string, FlagSpec>>(spec: CommandSpec<F>): string {
  const flagLine = ([name, flag]: [string, FlagSpec]) => {
    const left = `--${name}${flag.type === 'string' ? ` <${flag.value ?? 'giá trị'}>` : ''}`;
    return `  ${left.padEnd(32)} ${flag.help}`;
  };
  const flags = [...Object.entries(spec.flags), ['help', { type: 'boolean', help: 'In hướng dẫn này' }] as [string, FlagSpec]];
  const args = [spec.positionals?.name, Object.keys(spec.flags).length ? '[các cờ]' : '[--help]'].filter(Boolean).join(' ');
  const usage = `${spec.command} -- ${args}`;
  return [
    `Cách dùng: ${usage}`,
    '',
    spec.description,
    ...(spec.positionals ? ['', `  ${spec.positionals.name.padEnd(32)} ${spec.positionals.help}`] : []),
    '',
    'Các cờ:',
    ...flags.map(flagLine),
    '',
    'Ví dụ:',
    ...spec.examples.map((e) => `  ${e}`),
  ].join('\n');
}

/** Reads argv against the spec; never throws. */
export function readCommandLine<F extends Record<string, FlagSpec>>(spec: CommandSpec<F>, argv: readonly string[]): CommandLine<F> {
  const options = Object.fromEntries([
    ...Object.entries(spec.flags).map(([name, flag]) => [name, { type: flag.type }]),
    ['help', { type: 'boolean', short: 'h' }],
  ]) as Record<string, { type: 'string' | 'boolean'; short?: string }>;
  const seeHelp = `Xem: ${spec.command} -- --help`;
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    return { ok: false, error: `${describeParseError(error, spec)} ${seeHelp}` };
  }
  if (parsed.values.help) return { ok: true, help: true, text: helpText(spec) };
  const positionals = parsed.positionals;
  const allowed = spec.positionals ?? { name: '', help: '', min: 0, max: 0 };
  if (positionals.length > allowed.max) {
    return { ok: false, error: `Thừa đối số "${positionals[allowed.max]}": ${allowed.max ? `lệnh chỉ nhận ${allowed.name}` : 'lệnh chỉ nhận các cờ bắt đầu bằng --'}. ${seeHelp}` };
  }
  if (positionals.length < allowed.min) return { ok: false, error: `Thiếu ${allowed.name}: ${allowed.help}. ${seeHelp}` };
  return { ok: true, help: false, flags: parsed.values as FlagValues<F>, positionals };
}

function describeParseError(error: unknown, spec: CommandSpec<Record<string, FlagSpec>>): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const flag = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? '';
  const known = Object.keys(spec.flags).map((f) => `--${f}`).join(', ');
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Không có cờ "${flag}".${known ? ` Các cờ: ${known}, --help.` : ' Lệnh chỉ nhận --help.'}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return spec.flags[flag.replace(/^-+/, '')]?.type === 'boolean'
      ? `Cờ "${flag}" không nhận giá trị.`
      : `Cờ "${flag}" cần một giá trị: ${flag} <${spec.flags[flag.replace(/^-+/, '')]?.value ?? 'giá trị'}>.`;
  }
  return `Không đọc được các cờ (${message}).`;
}

/**
 * For scripts: the flags and positionals, or the help printed and exit 0,
 * or the one-line error on stderr and exit 2.
 */
export function commandLineOrExit<F extends Record<string, FlagSpec>>(spec: CommandSpec<F>, argv = process.argv.slice(2)): { flags: FlagValues<F>; positionals: string[] } {
  const result = readCommandLine(spec, argv);
  if (!result.ok) {
    console.error(result.error);
    process.exit(2);
  }
  if (result.help) {
    console.log(result.text);
    process.exit(0);
  }
  return { flags: result.flags, positionals: result.positionals };
}
