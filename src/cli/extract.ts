/** `parcli extract`: read inputs, write one result per input (stdout, a file, or a directory). */
import { stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { extractFile, type Options } from '../pipeline.js';
import { LoadError } from '../loaders/types.js';
import { loadGrammar } from '../grammar/compile.js';
import { emitters, type OutputFormat } from '../emitters/index.js';
import type { Result } from '../schema/output.js';
import { EXIT, type CliIo } from './io.js';
import { writeFileAtomic } from './write-file.js';

export interface ExtractFlags {
  format: OutputFormat;
  output?: string;
  grammar?: string[];
  ocr?: Options['ocr'];
  password?: string;
  maxBytes?: number;
}

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

const stem = (path: string) => basename(path, extname(path));

export async function runExtract(inputs: string[], flags: ExtractFlags, io: CliIo): Promise<number> {
  const emitter = emitters[flags.format];
  const options: Options = { grammarDirs: flags.grammar?.map((d) => resolve(io.cwd, d)), ocr: flags.ocr, password: flags.password };
  loadGrammar(options.grammarDirs); // a broken grammar is a usage error for the whole run, not a failed input
  const outIsDir = flags.output !== undefined && (inputs.length > 1 || (await stat(resolve(io.cwd, flags.output)).then((s) => s.isDirectory(), () => false)));
  let failed = 0;
  const results: Result[] = [];
  for (const input of inputs) {
    const path = resolve(io.cwd, input);
    try {
      const size = (await stat(path)).size;
      if (flags.maxBytes !== undefined && size > flags.maxBytes) throw new LoadError(`file is ${size} bytes, over the --max-bytes limit of ${flags.maxBytes}`);
      if (size === 0) throw new LoadError('empty file');
      const result = await extractFile(path, options);
      for (const d of result.diagnostics.filter((x) => x.severity !== 'info')) {
        io.stderr.write(`${input}${d.source ? `:${d.source.line}` : ''}: ${d.severity}: ${d.message} (${d.code})\n`);
      }
      if (flags.output === undefined) results.push(result);
      else {
        const target = outIsDir ? join(resolve(io.cwd, flags.output), stem(input) + emitter.extension) : resolve(io.cwd, flags.output);
        if (resolve(target) === path) throw new LoadError('output would overwrite the input');
        await writeFileAtomic(target, emitter.emit(result));
      }
    } catch (err) {
      failed++;
      io.stderr.write(`parcli: ${input}: ${reasonOf(err)}\n`);
    }
  }
  if (flags.output === undefined) {
    if (inputs.length === 1) {
      if (results[0]) io.stdout.write(emitter.emit(results[0]));
    } else if (flags.format === 'json') io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    else for (const r of results) io.stdout.write(`---\n${emitter.emit(r)}`);
  }
  return failed ? EXIT.inputFailed : EXIT.ok;
}
