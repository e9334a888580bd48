/** Loads Markdown: line-oriented like text, plus `#` headings; tables in every Markdown form. */
import { decodeText } from './decode.js';
import { scanText } from './lines.js';
import type { Loader } from './types.js';

export const loadMarkdown: Loader = async (input, ctx) => {
  const text = decodeText(input.bytes, ctx.report);
  return { format: 'markdown', text, blocks: scanText(text, { grammar: ctx.grammar, markdown: true }), pages: null, ocr: false };
};
