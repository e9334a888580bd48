/** Loads plain text (and the Markdown-ish text OCR converters emit under .txt). */
import { decodeText } from './decode.js';
import { loadTableMarkup, scanText } from './lines.js';
import type { Loader } from './types.js';

export const loadText: Loader = async (input, ctx) => {
  const text = decodeText(input.bytes, ctx.report);
  return { format: 'text', text, blocks: scanText(text, { grammar: ctx.grammar, markdown: false, markup: await loadTableMarkup(text) }), pages: null, ocr: false };
};
