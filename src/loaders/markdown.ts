/** Loads Markdown: line-oriented like text, plus `#` headings; tables in every Markdown form. */
import { decodeText } from './decode.js';
import { loadTableMarkup, scanText } from './lines.js';
import type { Loader } from './types.js';

export const loadMarkdown: Loader = async (input, ctx) => {
  const text = decodeText(input.bytes, ctx.report);
  return { format: 'markdown', text, blocks: scanText(text, { grammar: ctx.grammar, markdown: true, markup: await loadTableMarkup(text) }), pages: null, ocr: false };
};
