/**
 * The format table: which loader reads which format. Heavy loaders (PDF, DOCX,
 * HTML) are imported lazily so that text inputs and start-up do not pay for them.
 */
import type { SourceFormat } from '../model/blocks.js';
import type { Loader } from './types.js';
import { loadText } from './text.js';
import { loadMarkdown } from './markdown.js';

export const loaders: Record<SourceFormat, () => Promise<Loader>> = {
  text: async () => loadText,
  markdown: async () => loadMarkdown,
  pdf: async () => (await import('./pdf.js')).loadPdf,
  docx: async () => (await import('./docx.js')).loadDocx,
  html: async () => (await import('./html.js')).loadHtml,
};

export { detectFormat } from './sniff.js';
export { LoadError, type LoadOptions, type LoadInput, type LoadContext, type Loader } from './types.js';
