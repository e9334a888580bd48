/**
 * The command line: flags declared as data, --help generated from them.
 * main() returns the exit code and never calls process.exit.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { outputFormats } from '../emitters/index.js';
import { parseShard } from '../batch/shard.js';
import { KNOWN_EXTENSIONS } from '../batch/inputs.js';
import { EXIT, type CliIo } from './io.js';

// Commands and the grammar loader are imported when used, so `--version` and `--help` load little beyond commander.
const pkg = createRequire(import.meta.url)('../../package.json') as { version: string; description: string };

interface FlagSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  default?: unknown;
  /** Shown in --help instead of the default value itself. */
  defaultDescription?: string;
  parse?: (value: string, previous: unknown) => unknown;
}

const collect = (value: string, previous: unknown) => [...((previous as string[] | undefined) ?? []), value];
const positiveInt = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError(`expected a positive whole number, got "${value}"`);
  return n;
};
const positiveSeconds = (value: string) => {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(`expected a positive number of seconds, got "${value}"`);
  return n;
};
// 64 MiB: see --max-bytes in the flags below.
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
const shard = (value: string) => {
  const parsed = parseShard(value);
  if (!parsed) throw new InvalidArgumentError(`expected I/N with 1 ≤ I ≤ N, got "${value}"`);
  return parsed;
};

const quiet: FlagSpec = { flags: '-q, --quiet', description: 'no progress or summary on stderr; failures are still reported' };

export const extractFlags: FlagSpec[] = [
  { flags: '-f, --format <format>', description: 'output format (csv: one row per task, UTF-8 with BOM; html: a review page per input, with an index under -o DIR; xlsx: one workbook for all inputs)', choices: outputFormats, default: 'json' },
  { flags: '-o, --output <path>', description: 'write to this file (one input) or directory, mirroring the input tree (DIR/sub/NAME.ext)' },
  { flags: '--tasks-only', description: 'output only the tasks, each with its document\'s file, number and title' },
  { flags: '-j, --jobs <n>', description: 'inputs extracted in parallel (worker processes)', default: availableParallelism(), defaultDescription: 'number of CPUs', parse: positiveInt },
  { flags: '--shard <i/n>', description: 'extract only shard I of N (split by a hash of each input\'s path), for CI matrices', parse: shard },
  { flags: '--report <file>', description: 'write a JSON report of the run: per input its status, counts, diagnostics and time' },
  { flags: '--strict', description: 'inputs with warnings fail the run (exit code 1)' },
  quiet,
  { flags: '--grammar <dir>', description: 'add grammar files from DIR on top of the built-in ones (repeatable)', parse: collect },
  { flags: '--ocr <mode>', description: 'OCR scanned PDFs', choices: ['auto', 'always', 'never'], default: 'auto' },
  { flags: '--password <password>', description: 'password of an encrypted PDF' },
  {
    flags: '--max-bytes <n>',
    description: 'refuse inputs larger than n bytes. The default, 64 MiB, lets through every real document seen (text and DOCX under 2 MB, a 300-page scan at 200 dpi 30-60 MB) and keeps one input\'s peak memory near 1.4 GB, under a worker\'s 2 GB heap',
    default: DEFAULT_MAX_BYTES,
    defaultDescription: '67108864 (64 MiB)',
    parse: positiveInt,
  },
  {
    flags: '--timeout <seconds>',
    description: 'stop an input that takes longer and report it failed ("timed out after N s"), writing nothing for it; the others go on. Runs of several inputs have 300 s by default (OCR reads ~1 s per page per core, so 300 pages fit); a single input has none unless given',
    parse: positiveSeconds,
  },
];

const EXIT_HELP = `
Exit codes:
  0  every input was extracted
  1  an input failed (the others are still written), or had warnings under --strict
  2  usage error or internal error`;

function option(spec: FlagSpec): Option {
  const o = new Option(spec.flags, spec.description);
  if (spec.choices) o.choices(spec.choices);
  if (spec.default !== undefined) o.default(spec.default, spec.defaultDescription);
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
    .argument('<inputs...>', `files, folders (searched for ${KNOWN_EXTENSIONS.map((e) => `.${e}`).join(' ')}), globs, or - for stdin`)
    .addHelpText('after', EXIT_HELP)
    .action(async (inputs: string[], flags) => {
      code = await (await import('./extract.js')).runExtract(inputs, flags, io);
    });
  for (const spec of extractFlags) extract.addOption(option(spec));

  program
    .command('validate')
    .description('check result files (.json, .ndjson, .yaml) against the parcli/v1 schema')
    .argument('<files...>', 'result files')
    .addOption(option(quiet))
    .addHelpText('after', EXIT_HELP)
    .action(async (files: string[], flags) => {
      code = await (await import('./validate.js')).runValidate(files, flags, io);
    });

  program
    .command('schema')
    .description('print the JSON Schema of a result')
    .action(async () => {
      code = (await import('./schema.js')).runSchema(io);
    });

  program
    .command('report')
    .description('work with --report files')
    .command('merge')
    .description('merge the reports of a sharded run into one')
    .argument('<reports...>', 'report files')
    .option('-o, --output <file>', 'write the merged report here instead of stdout')
    .action(async (files: string[], flags) => {
      code = await (await import('./report-merge.js')).runReportMerge(files, flags, io);
    });

  try {
    await program.parseAsync(io.argv, { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version' || err.code === 'commander.help') return EXIT.ok;
      return EXIT.usage;
    }
    const [{ GrammarError }, { PoolStartError }] = await Promise.all([import('../grammar/load.js'), import('../batch/pool.js')]);
    if (err instanceof GrammarError || err instanceof PoolStartError) {
      io.stderr.write(`parcli: ${err.message}\n`);
      return EXIT.usage;
    }
    io.stderr.write(`parcli: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return EXIT.usage;
  }
  return code;
}
