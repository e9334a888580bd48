/** Writes a file atomically: a temporary file beside it, then rename, so a crash leaves no half file. */
import { mkdir, rename, writeFile, rm, open, readdir } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

const WRITE_CHARS = 32 * 1024;

/** The temporary file a process writes `path` through, without its time: `.NAME.PID.` */
const tmpPrefix = (path: string, pid: number) => `.${basename(path)}.${pid}.`;

export async function writeFileAtomic(path: string, data: string | Uint8Array | Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `${tmpPrefix(path, process.pid)}${Date.now()}.tmp`);
  try {
    if (typeof data === 'string' || data instanceof Uint8Array) await writeFile(tmp, data);
    else {
      // Pieces are gathered into writes of ~32 K characters: few system calls, never the whole
      // text at once, and each buffer small enough to die young (V8 puts strings over ~128 KB
      // in large-object space, which only a full collection frees: RSS grew by the output's size).
      // One write is in flight while the next buffer is filled.
      const file = await open(tmp, 'w');
      try {
        let buffer = '';
        let writing: Promise<unknown> = Promise.resolve();
        for (const piece of data) {
          buffer += piece;
          if (buffer.length >= WRITE_CHARS) {
            await writing;
            writing = file.write(buffer);
            writing.catch(() => {}); // its failure is thrown by the await above or below
            buffer = '';
          }
        }
        await writing;
        await file.write(buffer);
      } finally {
        await file.close();
      }
    }
    await rename(tmp, path);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
}

/** Removes the temporary files a process that was stopped mid-write left beside these targets. */
export async function removeLeftovers(targets: string[], pid: number | undefined): Promise<void> {
  if (pid === undefined) return;
  for (const path of targets) {
    const prefix = tmpPrefix(path, pid);
    const names = await readdir(dirname(path)).catch(() => [] as string[]);
    await Promise.all(names.filter((n) => n.startsWith(prefix) && n.endsWith('.tmp')).map((n) => rm(join(dirname(path), n), { force: true })));
  }
}
