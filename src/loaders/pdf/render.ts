/**
 * Pages rendered as grey images with poppler's `pdftoppm -r 200 -gray`, several at once: what OCR
 * reads, and where the rulings of a table are seen.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LoadError } from '../types.js';
import { passwordArgs } from './poppler.js';
import { runTool } from './run.js';
import { parsePgm, type Grey } from './rulings.js';

/** The resolution pages are rendered at; the ruling and grid tolerances are set in its pixels. */
export const RENDER_DPI = 200;

/** A page rendered: the image's file (removed after the callback) and its pixels. */
export interface Rendered {
  file: string;
  img: Grey;
}

/** Runs `each` on the given 1-based pages of a PDF rendered one by one, pages in parallel, one per core. */
export async function eachRenderedPage<T>(
  bytes: Uint8Array,
  pages: number[],
  password: string | undefined,
  each: (page: Rendered, n: number) => Promise<T>,
  onPage: (done: number, total: number) => void = () => {},
): Promise<Map<number, T>> {
  const dir = await mkdtemp(join(tmpdir(), 'parcli-pages-'));
  try {
    const pdf = join(dir, 'input.pdf');
    await writeFile(pdf, bytes);
    const out = new Map<number, T>();
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const n = pages[next++]!;
        const image = join(dir, `p${n}`);
        const ppm = await runTool('pdftoppm', ['-r', `${RENDER_DPI}`, '-gray', '-singlefile', '-f', `${n}`, '-l', `${n}`, ...passwordArgs(password), pdf, image], {
          timeoutMs: 60_000,
        });
        if (ppm.code !== 0) throw new LoadError(`cannot render page ${n}: ${ppm.stderr.trim().split('\n')[0]}`);
        try {
          out.set(n, await each({ file: `${image}.pgm`, img: parsePgm(await readFile(`${image}.pgm`)) }, n));
        } finally {
          await rm(`${image}.pgm`, { force: true });
        }
        onPage(out.size, pages.length);
      }
    };
    await Promise.all(Array.from({ length: Math.min(availableParallelism(), pages.length) }, worker));
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
