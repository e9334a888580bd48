/**
 * `parcli extract`: expand the inputs, run them through the worker pool, and send
 * each result to stdout (in input order), one file, or a mirrored tree under a directory
 * (with an index page where the format has one); a workbook format gathers every result into one file.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Options } from '../pipeline.js';
import { emitters, type Emitter, type OutputFormat, type View } from '../emitters/index.js';
// Batch modules one by one, not batch/index.js: the main thread of a threaded run must not load the extractors.
import { expandInputs, STDIN_NAME } from '../batch/inputs.js';
import { placeInputs, planTargets, type PlacedItem, type Target } from '../batch/layout.js';
import { inShard, type Shard } from '../batch/shard.js';
import { openPool } from '../batch/pool.js';
import { inOrder } from '../batch/in-order.js';
import { fileReport, runReport, type FileReport } from '../batch/report.js';
import type { Outcome } from '../batch/task.js';
import { EXIT, type CliIo } from './io.js';
import { writeFileAtomic } from '../batch/write-file.js';
import { createPageProgress, createProgress } from './progress.js';
import { writeSummary, writeFailures } from './summary.js';
import { usageProblem, writeRunOutputs, type RunSide } from './run-outputs.js';

export interface ExtractFlags {
  format: OutputFormat;
  output?: string;
  grammar?: string[];
  ocr?: Options['ocr'];
  password?: string;
  maxBytes?: number;
  timeout?: number;
  jobs: number;
  tasksOnly?: boolean;
  strict?: boolean;
  quiet?: boolean;
  report?: string;
  shard?: Shard;
}

/** Seconds an input of a batch may take by default (--timeout). */
const BATCH_TIMEOUT = 300;

const isDir = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);
const isFile = (path: string) => stat(path).then((s) => !s.isDirectory(), () => false);

/**
 * Where results go: null for stdout; else one target per input. A single input
 * writes to `-o` itself unless it names a directory (existing, or ending in "/").
 */
async function planOutputs(items: PlacedItem[], single: boolean, flags: ExtractFlags, cwd: string): Promise<Target[] | null> {
  if (flags.output === undefined || (emitters[flags.format] as Emitter).book) return null;
  const out = resolve(cwd, flags.output);
  const extension = emitters[flags.format].extension;
  if (single && !/[/\\]$/u.test(flags.output) && !(await isDir(out))) {
    return [items[0]!.path === out ? { error: 'output would overwrite the input' } : { path: out }];
  }
  return planTargets(items, out, extension);
}

/** An output path named the way the user named `-o`: "out/sub/plan.json". */
function outputName(output: string, path: string, cwd: string): string {
  const inside = relative(resolve(cwd, output), path);
  return inside ? join(output, inside) : output;
}

export async function runExtract(args: string[], flags: ExtractFlags, io: CliIo): Promise<number> {
  const started = Date.now();
  const view: View = flags.tasksOnly ? 'tasks' : 'result';
  const settings = {
    jobs: flags.jobs,
    timeout: flags.timeout,
    maxBytes: flags.maxBytes,
    options: { grammarDirs: flags.grammar?.map((d) => resolve(io.cwd, d)), ocr: flags.ocr, password: flags.password },
    output: { format: flags.format, view },
  };
  const expanded = placeInputs(await expandInputs(args, io.cwd, io.stdin), io.cwd);
  // One object (not an array or stream) only when one file or "-" was named: the shape never depends on a folder's contents.
  const single = args.length === 1 && expanded.length === 1 && expanded[0]!.display === args[0] && !flags.shard;
  const emitter: Emitter = emitters[flags.format];
  const problem = await usageProblem(flags, emitter, single, io);
  // Several results go into a folder: an existing file there is a mistake to stop at, not one to repeat per input.
  if (problem || (!single && !emitter.book && flags.output !== undefined && (await isFile(resolve(io.cwd, flags.output))))) {
    io.stderr.write(`parcli: ${problem ?? `-o ${flags.output} is a file; several inputs need a directory`}\n`);
    return EXIT.usage;
  }
  const allTargets = await planOutputs(expanded, single, flags, io.cwd);
  // The index page goes beside the per-input pages; an input whose page would take its place gets none.
  const indexPath = emitter.index && allTargets && !single && !flags.shard ? resolve(io.cwd, flags.output!, `index${emitter.extension}`) : null;
  // Targets are planned on every input before sharding, so each shard names its outputs as an unsharded run would.
  const items = expanded
    .map((item, i) => ({ ...item, target: allTargets?.[i] }))
    .filter((item) => !flags.shard || inShard(item.rel, flags.shard))
    .map((item) => ({ ...item, error: item.error ?? (item.target && 'error' in item.target ? item.target.error : undefined) }))
    .map((item) => (item.target && 'path' in item.target && item.target.path === indexPath ? { ...item, error: `output ${indexPath} is the index page` } : item));

  const work = items.flatMap((item, index) => {
    if (item.error) return [];
    const target = item.target && 'path' in item.target ? item.target.path : undefined;
    return [{ index, name: item.path ?? STDIN_NAME, path: item.path, bytes: item.bytes, target }];
  });
  // One input without a time limit runs in this process, so its loader can draw a page line (a scan's
  // OCR takes a while per page); a worker process could not be handed the callback.
  const pages = createPageProgress(io.stderr, work.length === 1 && settings.timeout === undefined && !flags.quiet);
  if (pages.onPage) Object.assign(settings.options, { onPage: pages.onPage });
  // A batch in CI must not hang on one input: several inputs have a time limit unless one was given.
  if (settings.timeout === undefined && work.length > 1) settings.timeout = BATCH_TIMEOUT;
  // Opened before any output: a grammar that does not compile stops the run here, as a usage error.
  const pool = await openPool(settings, work.length);

  const progress = createProgress(io.stderr, items.length, !single && !flags.quiet);
  const stream = allTargets || single || emitter.book ? null : emitter.stream!(view);
  if (stream) io.stdout.write(stream.head);
  const toStdout = inOrder<Outcome>((_, outcome) => {
    if (outcome.ok && outcome.result) io.stdout.write(stream ? stream.part(outcome.result) : emitter.emit!(outcome.result, view, outcome.text));
  });
  const files: FileReport[] = new Array(items.length);
  // What the run-wide outputs (index page, workbook) show of each input.
  const sides: RunSide[] = new Array(items.length);
  const finish = (index: number, outcome: Outcome) => {
    const target = items[index]!.target;
    const path = outcome.ok && target && 'path' in target ? target.path : null;
    files[index] = fileReport(items[index]!.display, outcome, path ? outputName(flags.output!, path, io.cwd) : null);
    sides[index] = {
      page: path && indexPath ? relative(dirname(indexPath), path) : null,
      document: outcome.ok ? outcome.digest.document : null,
      // Only a workbook needs results after they are written: the others do not keep them.
      result: outcome.ok && emitter.book ? outcome.result : undefined,
    };
    progress.tick(!outcome.ok);
    if (!emitter.book) toStdout(index, outcome);
  };

  for (const [index, item] of items.entries()) if (item.error) finish(index, { ok: false, reason: item.error, ms: 0 });
  try {
    await pool.run(work, (k, outcome) => finish(work[k]!.index, outcome));
  } finally {
    await pool.close();
  }

  if (stream) io.stdout.write(stream.tail());
  progress.clear();
  pages.clear();
  const bookPath = emitter.book && flags.output !== undefined ? resolve(io.cwd, flags.output) : null;
  const written = await writeRunOutputs(emitter, files, sides, { indexPath, bookPath }, io);
  const report = runReport(files, Date.now() - started, flags.shard ? `${flags.shard.index}/${flags.shard.count}` : null);
  if (single) writeDiagnostics(io, report.files[0]!);
  else if (flags.quiet) writeFailures(io.stderr, report);
  else writeSummary(io.stderr, report, flags.strict ?? false);
  if (flags.report) await writeFileAtomic(resolve(io.cwd, flags.report), `${JSON.stringify(report, null, 2)}\n`);
  const t = report.totals;
  return !written || t.failed > 0 || (flags.strict && t.warnings > 0) ? EXIT.inputFailed : EXIT.ok;
}

/** One input's warnings and errors, `file:line: severity: message (code)`, or why it failed. */
function writeDiagnostics(io: CliIo, file: FileReport): void {
  if (file.status === 'failed') io.stderr.write(`parcli: ${file.path}: ${file.reason}\n`);
  for (const d of file.diagnostics.filter((x) => x.severity !== 'info')) {
    io.stderr.write(`${file.path}${d.source ? `:${d.source.line}` : ''}: ${d.severity}: ${d.message} (${d.code})\n`);
  }
}
