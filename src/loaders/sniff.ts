/**
 * Detects an input's format from its content, so a file whose extension lies
 * (or has none) is read right: PDF and ZIP magic, HTML markup, Markdown syntax.
 */
import type { SourceFormat } from '../model/blocks.js';

const EXTENSIONS: Record<string, SourceFormat> = {
  pdf: 'pdf', docx: 'docx', doc: 'docx', rtf: 'docx', md: 'markdown', markdown: 'markdown', txt: 'text', text: 'text', htm: 'html', html: 'html', xhtml: 'html',
};

/** The format an extension claims, or null. */
export function formatFromName(name: string): SourceFormat | null {
  const m = /\.([a-z0-9]+)$/iu.exec(name);
  return m ? EXTENSIONS[m[1]!.toLowerCase()] ?? null : null;
}

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

// The compound-file signature of .doc (and .xls, .ppt), and RTF's opening "{\rtf".
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66];

export const isRtf = (bytes: Uint8Array): boolean => startsWith(bytes, RTF);

const IMAGES: [string, number[]][] = [
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['TIFF', [0x49, 0x49, 0x2a, 0x00]],
  ['TIFF', [0x4d, 0x4d, 0x00, 0x2a]],
];

/** The kind of image bytes hold ("PNG", "JPEG" …), or null: a photo of a page is not a document parcli reads. */
export const imageKind = (bytes: Uint8Array): string | null => IMAGES.find(([, sig]) => startsWith(bytes, sig))?.[0] ?? null;

/** Whether bytes are a Word 97–2003 or RTF file, the formats read through LibreOffice. */
export const isLegacyWord = (bytes: Uint8Array): boolean => startsWith(bytes, OLE) || isRtf(bytes);

/** The format the bytes show, or null when they are plain text without markup. */
export function sniffFormat(bytes: Uint8Array): SourceFormat | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  // A ZIP is read as DOCX; a Word 97–2003 or RTF file too, once LibreOffice has converted it.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || isLegacyWord(bytes)) return 'docx';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).trimStart().toLowerCase();
  if (/^(?:<!doctype html|<html|<\?xml[^>]*>\s*<html)/u.test(head)) return 'html';
  if (/^#{1,6}\s|\n#{1,6}\s|\*\*\S|\n\|.*\|\s*\n\|\s*:?-{3}|<table\b/u.test(head)) return 'markdown';
  return null;
}

function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let bad = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) bad++;
  return sample.length > 0 && bad === 0;
}

/**
 * The format to read an input as: the content's when it shows a binary or HTML
 * format; a ".pdf"/".docx" that is really text is read as text; else the
 * extension's; else what the content suggests; else text.
 */
export function detectFormat(name: string, bytes: Uint8Array): SourceFormat {
  const sniffed = sniffFormat(bytes);
  const claimed = formatFromName(name);
  if (sniffed === 'pdf' || sniffed === 'docx' || sniffed === 'html') return sniffed;
  if (claimed === 'pdf' || claimed === 'docx') return looksLikeText(bytes) ? sniffed ?? 'text' : claimed;
  return claimed ?? sniffed ?? 'text';
}
