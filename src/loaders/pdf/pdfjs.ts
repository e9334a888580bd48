/**
 * The pure-JavaScript engine for machines without poppler: pdf.js through pdf-parse,
 * loaded only when needed. Text items become words with boxes estimated from the item's
 * width (split in proportion to characters).
 */
import { LoadError } from '../types.js';
import type { PageWords, Word } from './words.js';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

interface PdfPage {
  getViewport(o: { scale: number }): { width: number; height: number; convertToViewportPoint(x: number, y: number): number[] };
  getTextContent(): Promise<{ items: (TextItem | object)[] }>;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
}

function itemWords(item: TextItem, vp: ReturnType<PdfPage['getViewport']>): Word[] {
  const [x, y] = vp.convertToViewportPoint(item.transform[4]!, item.transform[5]!) as [number, number];
  const h = item.height || Math.hypot(item.transform[2]!, item.transform[3]!);
  const perChar = item.str.length ? item.width / item.str.length : 0;
  const out: Word[] = [];
  for (const m of item.str.matchAll(/\S+/gu)) {
    const x0 = x + m.index * perChar;
    out.push({ x0, x1: x0 + m[0].length * perChar, y0: y - 0.8 * h, y1: y + 0.2 * h, text: m[0] });
  }
  return out;
}

/** Reads every page's words with pdf.js. */
export async function pdfjsWords(bytes: Uint8Array, password: string | undefined): Promise<PageWords[]> {
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: new Uint8Array(bytes), password, verbosity: 0 });
  try {
    // pdf-parse's public API returns plain text only; its loaded pdf.js document has the positions.
    const doc = await (parser as unknown as { load(): Promise<PdfDocument> }).load();
    const pages: PageWords[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const vp = page.getViewport({ scale: 1 });
      const { items } = await page.getTextContent();
      const words = items.flatMap((it) => ('str' in it ? itemWords(it as TextItem, vp) : []));
      pages.push({ width: vp.width, height: vp.height, words });
    }
    return pages;
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') {
      throw new LoadError(password === undefined ? 'encrypted PDF: pass --password' : 'encrypted PDF: wrong password', { cause: e });
    }
    throw new LoadError(`corrupt or truncated PDF: ${(e as Error).message}`, { cause: e });
  } finally {
    await parser.destroy();
  }
}
