/**
 * Reads positioned words with poppler's `pdftotext -bbox` (one process per
 * page range, its XHTML scanned as it streams in with one regular expression, no DOM). Plain -bbox: the
 * layout layer rebuilds lines itself, and poppler's own flow analysis costs ~10 %.
 */
import { availableParallelism, tmpdir } from 'node:os';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { LoadError } from '../types.js';
import { runTool } from './run.js';
import type { PageWords } from './words.js';

const TOKEN =
  /<page width="([\d.]+)" height="([\d.]+)">|<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/gu;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[\da-f]+|#\d+|\w+);/giu, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (ENTITIES[e] ?? m),
  );
}

/**
 * Reads `pdftotext -bbox` output into pages of words as it arrives, so the words are parsed
 * while pdftotext is still reading later pages. Every tag sits on a line of its own: a chunk
 * is read up to its last line break, the rest waits for the next. `onPage` hears of each page
 * once its last word is in, with its number in the document (`first` is the range's first page).
 */
export class BboxReader {
  readonly pages: PageWords[] = [];
  private page: PageWords | undefined;
  private readonly decoder = new StringDecoder('utf8');
  private rest = '';

  constructor(
    private readonly onPage?: PageListener,
    private readonly first = 1,
  ) {}

  push(chunk: Buffer): void {
    const s = this.rest + this.decoder.write(chunk);
    const cut = s.lastIndexOf('\n') + 1;
    this.rest = s.slice(cut);
    this.read(s.slice(0, cut));
  }

  end(): PageWords[] {
    this.read(this.rest + this.decoder.end());
    this.rest = '';
    this.done();
    return this.pages;
  }

  private done(): void {
    if (this.page) this.onPage?.(this.page, this.first + this.pages.length - 1);
  }

  private read(xhtml: string): void {
    for (const m of xhtml.matchAll(TOKEN)) {
      if (m[1] !== undefined) {
        this.done();
        this.page = { width: Number(m[1]), height: Number(m[2]), words: [] };
        this.pages.push(this.page);
      } else if (this.page) {
        this.page.words.push({ x0: Number(m[3]), y0: Number(m[4]), x1: Number(m[5]), y1: Number(m[6]), text: decode(m[7]!) });
      }
    }
  }
}

/** Turns a failed pdftotext run into the one-line reason a user can act on. */
export function popplerError(stderr: string, password: string | undefined): LoadError {
  if (/Incorrect password/iu.test(stderr)) {
    return new LoadError(password === undefined ? 'encrypted PDF: pass --password' : 'encrypted PDF: wrong password');
  }
  const reason = /(?:Syntax )?Error[^:]*: (.+)/u.exec(stderr)?.[1] ?? (stderr.trim().split('\n')[0] || 'unreadable');
  return new LoadError(`corrupt or truncated PDF: ${reason}`);
}

/** Password flags for poppler tools: the same password opens as user or owner. */
export const passwordArgs = (password: string | undefined): string[] =>
  password === undefined ? [] : ['-upw', password, '-opw', password];

/** Hears of each page read, with its number in the document. */
export type PageListener = (page: PageWords, number: number) => void;

async function bboxPages(bytes: Uint8Array, password: string | undefined, onPage?: PageListener, first = 1, last?: number): Promise<PageWords[]> {
  const reader = new BboxReader(onPage, first);
  const range = last === undefined ? [] : ['-f', `${first}`, '-l', `${last}`];
  const res = await runTool('pdftotext', ['-bbox', '-enc', 'UTF-8', ...range, ...passwordArgs(password), '-', '-'], {
    input: bytes,
    timeoutMs: 60_000 + bytes.byteLength / 10_000,
    onStdout: (chunk) => reader.push(chunk),
  });
  if (res.code !== 0) throw popplerError(res.stderr, password);
  return reader.end();
}

/** The page count pdfinfo reports, or null when it cannot tell. */
async function pageCount(bytes: Uint8Array, password: string | undefined): Promise<number | null> {
  const res = await runTool('pdfinfo', [...passwordArgs(password), '-'], { input: bytes, timeoutMs: 30_000 }).catch(() => null);
  const n = res?.code === 0 ? /^Pages:\s+(\d+)/mu.exec(res.stdout.toString('utf8'))?.[1] : undefined;
  return n ? Number(n) : null;
}

// pdftotext reads pages one after another on one core: a long PDF is read as page ranges, one
// pdftotext per core. Only files this large are worth asking pdfinfo for their page count.
const SPLIT_BYTES = 512 * 1024;
const PAGES_PER_RANGE = 16;

/**
 * Reads every page's words with poppler; throws ToolMissingError when pdftotext is absent.
 * `onPage` hears of each page as soon as it is read, while later pages are still being read.
 */
export async function popplerWords(bytes: Uint8Array, password: string | undefined, onPage?: PageListener): Promise<PageWords[]> {
  const pages = bytes.byteLength >= SPLIT_BYTES && availableParallelism() > 1 ? await pageCount(bytes, password) : null;
  const ranges = pages ? Math.min(availableParallelism(), Math.floor(pages / PAGES_PER_RANGE)) : 1;
  if (!pages || ranges < 2) return bboxPages(bytes, password, onPage);
  const size = Math.ceil(pages / ranges);
  const parts = await Promise.all(
    Array.from({ length: ranges }, (_, i) => bboxPages(bytes, password, onPage, i * size + 1, Math.min(pages, (i + 1) * size))),
  );
  return parts.flat();
}

/**
 * The 1-based pages that an image covers almost whole (a scanned page), from `pdfimages -list`:
 * each image's pixels over its resolution give its size in points. Empty when pdfimages fails.
 */
export async function fullPageImages(bytes: Uint8Array, password: string | undefined, pages: PageWords[]): Promise<Set<number>> {
  // pdfimages reads no pipe: the PDF goes to a file first.
  const dir = await mkdtemp(join(tmpdir(), 'parcli-images-'));
  const file = join(dir, 'input.pdf');
  const res = await writeFile(file, bytes)
    .then(() => runTool('pdfimages', ['-list', ...passwordArgs(password), file], { timeoutMs: 30_000 }))
    .catch(() => null)
    .finally(() => rm(dir, { recursive: true, force: true }));
  const out = new Set<number>();
  if (res?.code !== 0) return out;
  for (const line of res.stdout.toString('utf8').split('\n')) {
    // page num type width height color comp bpc enc interp object ID x-ppi y-ppi size ratio
    const f = line.trim().split(/\s+/u);
    if (f.length < 14 || !/^\d+$/u.test(f[0]!) || f[2] !== 'image') continue;
    const page = pages[Number(f[0]) - 1];
    const [w, h, xppi, yppi] = [Number(f[3]), Number(f[4]), Number(f[12]), Number(f[13])];
    if (page && xppi > 0 && yppi > 0 && ((w / xppi) * 72 * (h / yppi) * 72) / (page.width * page.height) > 0.6) out.add(Number(f[0]));
  }
  return out;
}
