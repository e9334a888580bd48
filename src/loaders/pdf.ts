/**
 * Loads PDF inputs: positioned words from poppler (pdf.js where poppler is absent), or
 * from Tesseract for pages without a usable text layer, laid out into text and blocks.
 */
import type { Loader } from './types.js';
import { LoadError } from './types.js';
import { fullPageImages, popplerWords, type PageListener } from './pdf/poppler.js';
import { pdfjsWords } from './pdf/pdfjs.js';
import { ocrPages } from './pdf/ocr.js';
import { layoutPages } from './pdf/layout.js';
import { ToolMissingError } from './pdf/run.js';
import { hasUsableText, onlyStamped, readsAsVietnamese, type PageWords } from './pdf/words.js';
import { buildRows, type Row } from './pdf/rows.js';
import { stampBoxes } from './pdf/furniture.js';
import { addDrawnGrids } from './pdf/vector-rulings.js';
import { convertLegacy, detectLegacyEncoding, LEGACY_SAMPLE_CHARS, reportConversion } from '../cleanse/legacy-encoding.js';

async function textLayer(bytes: Uint8Array, password: string | undefined, onPage: PageListener): Promise<PageWords[]> {
  try {
    return await popplerWords(bytes, password, onPage);
  } catch (e) {
    if (e instanceof ToolMissingError) return pdfjsWords(bytes, password);
    throw e;
  }
}

/** The words of the first pages, as much as the legacy-encoding detection reads. */
function leadingText(pages: PageWords[]): string {
  let text = '';
  for (const p of pages) {
    if (text.length >= LEGACY_SAMPLE_CHARS) break;
    text += `${p.words.map((w) => w.text).join(' ')}\n`;
  }
  return text;
}

export const loadPdf: Loader = async (input, ctx) => {
  const { ocr = 'auto', password, onPage } = ctx.options;
  if (!/^\s*%PDF-/u.test(Buffer.from(input.bytes.subarray(0, 1024)).toString('latin1'))) {
    throw new LoadError('corrupt PDF: no %PDF header');
  }
  // Each page's rows are built while poppler reads the next pages; a page whose words change
  // afterwards (legacy encoding, OCR) has them built again.
  const rows = new Map<PageWords, Row[]>();
  const pages = await textLayer(input.bytes, password, (page, n) => rows.set(page, buildRows(page, n)));
  if (!pages.length) throw new LoadError('PDF has no pages');
  // Text set in TCVN3 or VNI fonts comes out of the text layer as Latin-1 lookalikes ("Ch¬ng tr×nh").
  const encoding = detectLegacyEncoding(leadingText(pages));
  if (encoding) {
    rows.clear();
    for (const p of pages) for (const w of p.words) w.text = convertLegacy(w.text, encoding);
    reportConversion(ctx.report, encoding, 'PDF text');
  }
  // A scanned page whose text layer is not its text: a digital signature's or certified copy's
  // stamp and no other word, or the scanner's own OCR made without Vietnamese. The image is read again.
  const misread = (p: PageWords) => onlyStamped(p) || !readsAsVietnamese(p);
  const images = ocr === 'auto' && pages.some(misread) ? await fullPageImages(input.bytes, password, pages) : new Set<number>();
  const scanned = pages.flatMap((p, i) =>
    ocr === 'always' || (ocr === 'auto' && (!hasUsableText(p) || (images.has(i + 1) && misread(p)))) ? [i + 1] : [],
  );
  if (ocr === 'never' && !pages.some(hasUsableText)) {
    throw new LoadError('PDF has no text layer and OCR is off (--ocr never)');
  }
  if (scanned.length) {
    const read = await ocrPages(input.bytes, scanned, password, (done, total) => onPage?.(done, total));
    // OCR runs a word into the abbreviation before it ("UBNDcấp huyện"): the space goes back.
    const glued = ctx.grammar.agencies.gluedAbbreviation;
    for (const [n, page] of read) {
      if (glued) for (const w of page.words) w.text = w.text.replace(glued, '$1 ');
      // A stamp the text layer printed over the scan reads worse from the image ("DẪNý bởi: ỦY BẠN"): its words go.
      const layer = pages[n - 1]!;
      const scale = page.width / layer.width;
      const boxes = stampBoxes(rows.get(layer) ?? buildRows(layer, n), layer);
      if (boxes.length) {
        page.words = page.words.filter((w) => {
          const [x, y] = [(w.x0 + w.x1) / 2 / scale, (w.y0 + w.y1) / 2 / scale];
          return !boxes.some((b) => x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1);
        });
      }
      pages[n - 1] = page;
    }
    ctx.report(`OCR read ${scanned.length} of ${pages.length} pages (Tesseract, vie)`, { ruleId: 'pdf/ocr', severity: 'info' });
  } else {
    pages.forEach((_, i) => onPage?.(i + 1, pages.length));
  }
  await addDrawnGrids(input.bytes, pages, new Set(scanned), (p, n) => rows.get(p) ?? buildRows(p, n), ctx.grammar, password);
  const { text, blocks } = layoutPages(pages, ctx.grammar, ctx.report, rows);
  return { format: 'pdf', text, blocks, pages: pages.length, ocr: scanned.length > 0 };
};
