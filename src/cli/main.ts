/**
 * The command line: flags declared as data, --help generated from them.
 * main() returns the exit code and never calls process.exit.
 */
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { outputFormats } from '../emitters/index.js';
import { EXIT, type CliIo } from './io.js';
import { runExtract, type ExtractFlags } from './extract.js';
import { runSchema } from './schema.js';
import { GrammarError } from '../grammar/load.js';

const pkg = createRequire(import.meta.url)('../../package.json') as { version: string; description: string };

interface FlagSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  default?: unknown;
  parse?: (value: string, previous: unknown) => unknown;
}

const collect = (value: string, previous: unknown) => [...((previous as string[] | undefined) ?? []), value];
const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new CommanderError(EXIT.usage, 'parcli.invalidArgument', `expected a positive whole number, got "${value}"`);
  return n;
};

export const extractFlags: FlagSpec[] = [
  { flags: '-f, --format <format>', description: 'output format', choices: outputFormats, default: 'json' },
  { flags: '-o, --output <path>', description: 'write to this file (one input) or directory (DIR/NAME.ext per input)' },
  { flags: '--grammar <dir>', description: 'add grammar files from DIR on top of the built-in ones (repeatable)', parse: collect },
  { flags: '--ocr <mode>', description: 'OCR scanned PDFs', choices: ['auto', 'always', 'never'], default: 'auto' },
  { flags: '--password <password>', description: 'password of an encrypted PDF' },
  { flags: '--max-bytes <n>', description: 'refuse inputs larger than n bytes', parse: positiveInt },
];

const EXIT_HELP = `
Exit codes:
  0  every input was extracted
  1  an input failed (the others are still written)
  2  usage error or internal error`;

function option(spec: FlagSpec): Option {
  const o = new Option(spec.flags, spec.description);
  if (spec.choices) o.choices(spec.choices);
  if (spec.default !== undefined) o.default(spec.default);
  if (spec.parse) o.argParser(spec.parse);
  return o;
}

/** Runs the CLI with the given streams; resolves to the exit code. */
export async function main(io: CliIo): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('parcli')
    .description(pkg.description)
    .version(pkg.version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText('after', EXIT_HELP);

  const extract = program
    .command('extract')
    .description('extract tasks, targets, responsibilities and references from documents')
    .argument('<inputs...>', 'files to read (.txt, .md, .pdf, .docx, .html)')
    .addHelpText('after', EXIT_HELP)
    .action(async (inputs: string[], flags: ExtractFlags) => {
      code = await runExtract(inputs, flags, io);
    });
  for (const spec of extractFlags) extract.addOption(option(spec));

  program
    .command('schema')
    .description('print the JSON Schema of a result')
    .action(() => {
      code = runSchema(io);
    });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    if (err instanceof GrammarError) {
      io.stderr.write(`parcli: ${err.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`parcli: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.usage;
  }
  return code;
}
