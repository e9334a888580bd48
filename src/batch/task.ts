/**
 * One input of a batch, run the same way in a worker thread or in-process: extract,
 * write to its target when it has one (so only a small digest crosses back), never throw.
 */
import { readFile, stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { extractBytes, extractWithText } from '../pipeline.js';
import { LoadError } from '../loaders/types.js';
import type { Options } from '../pipeline.js';
import type { Result } from '../schema/output.js';
import { emitters, type Emitter, type OutputFormat, type View } from '../emitters/index.js';
import { writeFileAtomic } from './write-file.js';
import { digestOf, type Digest } from './digest.js';

/** What a worker needs to read one input; bytes only for stdin. */
export interface WorkItem {
  name: string;
  path: string | null;
  bytes?: Uint8Array;
  /** Where to write the emitted result; the result itself then stays in the worker instead of being copied back. */
  target?: string;
}

/** Settings shared by every input of a batch; must survive structured cloning into a worker process (no functions). */
export interface WorkSettings {
  options: Pick<Options, 'grammarDirs' | 'ocr' | 'password'>;
  maxBytes?: number;
  /** How results are written to items' targets. */
  output?: { format: OutputFormat; view: View };
}

/**
 * One input's outcome: its digest, and its result unless it was written to the item's target
 * (with the loaded text when the format shows it).
 */
export type Outcome = { ok: true; digest: Digest; result?: Result; text?: string; ms: number } | { ok: false; reason: string; ms: number };

/** Why an input failed, in one line. */
export function reasonOf(err: unknown): string {
  if (err instanceof LoadError) return err.message;
  if (err && typeof err === 'object' && 'code' in err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EACCES') return 'permission denied';
    if (code === 'EISDIR') return 'is a directory';
  }
  return `internal error: ${err instanceof Error ? err.message : String(err)}`;
}

async function load(item: WorkItem, maxBytes: number | undefined): Promise<Uint8Array> {
  // stat before reading, so an oversized file is refused without loading it into memory
  const size = item.bytes?.byteLength ?? (await stat(item.path!)).size;
  if (maxBytes !== undefined && size > maxBytes) throw new LoadError(`file is ${size} bytes, over the --max-bytes limit of ${maxBytes} (raise it with --max-bytes N)`);
  if (size === 0) throw new LoadError('empty file');
  return item.bytes ?? readFile(item.path!);
}

/** Runs an extraction when its turn comes (a worker process runs one at a time, so each can be timed alone). */
export type Turn = <T>(extraction: () => Promise<T>) => Promise<T>;

/** Extracts one input, timing it; a failure comes back as an outcome with its reason. */
export async function runItem(item: WorkItem, settings: WorkSettings, turn?: Turn): Promise<Outcome> {
  const started = performance.now();
  const ms = () => Math.round(performance.now() - started);
  try {
    const { format, view } = settings.output ?? { format: 'json', view: 'result' };
    const emitter: Emitter = emitters[format];
    let bytes: Uint8Array | undefined = await load(item, settings.maxBytes);
    // Handed over, not kept here: the pipeline lets a large input's bytes go once they are loaded.
    const run = (): Promise<{ result: Result; text?: string }> => {
      const input = { name: item.name, bytes: bytes! };
      bytes = undefined;
      // The text only where the format shows it: without it, the pipeline lets the text go early.
      return emitter.withText ? extractWithText(input, settings.options) : extractBytes(input, settings.options).then((result) => ({ result }));
    };
    const { result, text: shown } = await (turn ? turn(run) : run());
    if (item.target === undefined) return { ok: true, digest: digestOf(result), result, text: shown, ms: ms() };
    try {
      await writeFileAtomic(item.target, emitter.chunks ? emitter.chunks(result, view) : emitter.emit!(result, view, shown));
    } catch (err) {
      return { ok: false, reason: `cannot write ${item.target}: ${reasonOf(err)}`, ms: ms() };
    }
    return { ok: true, digest: digestOf(result), ms: ms() };
  } catch (err) {
    return { ok: false, reason: reasonOf(err), ms: ms() };
  }
}
