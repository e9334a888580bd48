/** Writes a file atomically: a temporary file beside it, then rename, so a crash leaves no half file. */
import { mkdir, rename, writeFile, rm, open } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

export async function writeFileAtomic(path: string, data: string | Iterable<string>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    if (typeof data === 'string') await writeFile(tmp, data);
    else {
      // Pieces are gathered into ~1 MB writes: few system calls, and never the whole text at once.
      const file = await open(tmp, 'w');
      try {
        let buffer = '';
        for (const piece of data) {
          buffer += piece;
          if (buffer.length >= 1 << 20) {
            await file.write(buffer);
            buffer = '';
          }
        }
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
