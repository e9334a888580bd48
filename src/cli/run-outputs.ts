/**
 * The outputs that cover a whole run rather than one input: the index page beside per-input review
 * pages, and the workbook holding every input. Written after the last input, from each input's
 * report entry and outcome.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Emitter, OutputFormat, RunEntry } from '../emitters/index.js';
import type { FileReport } from '../batch/report.js';
import { writeFileAtomic } from '../batch/write-file.js';
import type { CliIo } from './io.js';

/** What a run-wide output needs of one input beyond its report entry. */
export interface RunSide extends Pick<RunEntry, 'document' | 'result'> {
  /** Its page, relative to the index page's folder. */
  page: string | null;
}

const isDir = (path: string) => stat(path).then((s) => s.isDirectory(), () => false);

/** Why a format cannot go where the run sends it (a workbook to a terminal, pages of several inputs to stdout), or null. */
export async function usageProblem(flags: { format: OutputFormat; output?: string }, emitter: Emitter, single: boolean, io: CliIo): Promise<string | null> {
  const { format, output } = flags;
  if (emitter.book) {
    if (output === undefined) return io.stdout.isTTY ? `-f ${format} writes a binary workbook, not for a terminal: give -o FILE${emitter.extension} or redirect stdout` : null;
    if (/[/\\]$/u.test(output) || (await isDir(resolve(io.cwd, output)))) return `-o ${output} is a directory; -f ${format} writes one workbook for all inputs: name a file`;
    return null;
  }
  if (!single && output === undefined && !emitter.stream) return `-f ${format} writes one page per input; several inputs need -o DIR`;
  return null;
}

const runEntry = (file: FileReport, side: RunSide): RunEntry => ({
  path: file.path, status: file.status, reason: file.reason, output: side.page, counts: file.counts,
  document: side.document, result: side.result,
});

/**
 * Writes the index page (when `indexPath` is set) and the workbook (to `bookPath`, or stdout).
 * @returns false when one could not be written (said on stderr)
 */
export async function writeRunOutputs(
  emitter: Emitter, files: FileReport[], sides: RunSide[], where: { indexPath: string | null; bookPath: string | null }, io: CliIo,
): Promise<boolean> {
  if (!where.indexPath && !emitter.book) return true;
  const entries = files.map((file, i) => runEntry(file, sides[i]!));
  const path = where.indexPath ?? where.bookPath ?? 'stdout';
  try {
    if (where.indexPath && emitter.index) await writeFileAtomic(where.indexPath, emitter.index(entries));
    if (emitter.book) {
      const bytes = await emitter.book(entries);
      if (where.bookPath) await writeFileAtomic(where.bookPath, bytes);
      else io.stdout.write(bytes);
    }
    return true;
  } catch (err) {
    io.stderr.write(`parcli: cannot write ${path}: ${err instanceof Error ? err.message : String(err)}\n`);
    return false;
  }
}
