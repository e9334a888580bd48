/**
 * Decodes the bytes of a text input: UTF-8 (with or without BOM) or UTF-16 by
 * BOM; bytes that are not UTF-8 are read as Windows-1252, the code page legacy
 * Vietnamese (TCVN3, VNI) files were typed in. Legacy encodings are converted
 * and decomposed text composed, so the result is Unicode NFC.
 */
import type { Reporter } from '../model/report.js';
import { toUnicode } from '../cleanse/legacy-encoding.js';
import { LoadError } from './types.js';
import { imageKind } from './sniff.js';

function decodeBytes(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    return new TextDecoder('windows-1252').decode(bytes.subarray(start));
  }
}

/** Decodes text bytes; throws LoadError for empty input and bytes that are not text. */
export function decodeText(bytes: Uint8Array, report?: Reporter): string {
  const image = imageKind(bytes);
  if (image) throw new LoadError(`a ${image} image, not a document: put scanned pages in a PDF, which parcli reads through OCR`);
  const text = decodeBytes(bytes);
  if (!text.trim()) throw new LoadError('empty file');
  const sample = text.slice(0, 4096);
  const binary = (sample.match(/[\u0000-\u0008\u000e-\u001a]/gu)?.length ?? 0) > sample.length * 0.01;
  if (binary) throw new LoadError('binary content, expected text');
  return toUnicode(text, report);
}
