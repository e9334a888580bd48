/** Flattens the block model into the paragraph list extractors walk. */
import type { Grammar } from '../grammar/compile.js';
import type { LoadedDocument, Paragraph } from './blocks.js';
import { matchLabel } from './labels.js';
import { runInStarts } from './run-in.js';
import { sourceOf, type Para } from './working.js';

/**
 * One Para per block, with its label read, except that a paragraph with items run into it gives
 * one Para per item (and one for its lead-in); every paragraph starts in the `body` zone.
 */
export function buildParas(loaded: LoadedDocument, grammar: Grammar): Para[] {
  const paras = loaded.blocks.flatMap((block): Omit<Para, 'index'>[] => {
    const value = block.type === 'paragraph' || block.type === 'heading' ? block.value : '';
    const starts = block.type === 'paragraph' ? runInStarts(value, grammar) : [];
    if (!starts.length) return [{ block, value, source: sourceOf(block), label: value ? matchLabel(value, grammar) : null, zone: 'body' }];
    const cuts = starts[0] === 0 ? starts : [0, ...starts];
    // The ";" between two items separates them; it is no part of either.
    const pieces = cuts.map((c, i) => value.slice(c, cuts[i + 1]).trim().replace(/\s*;$/u, ''));
    const lines = itemLines(loaded.text, block as Paragraph, pieces);
    return pieces.map((piece, i) => {
      const source = { ...sourceOf(block), line: lines[i]! };
      delete source.endLine;
      return { block, value: piece, source, label: matchLabel(piece, grammar), zone: 'body' };
    });
  });
  return paras.map((p, index) => ({ index, ...p }));
}

/** The source line each piece of a paragraph starts on: where its first word is in the loaded text, counted on from the piece before. */
function itemLines(text: string, block: Paragraph, pieces: string[]): number[] {
  const { start, end } = block.position;
  let at = start.offset;
  let line = start.line;
  return pieces.map((piece) => {
    const head = piece.split(/\s/u, 1)[0]!;
    const found = text.indexOf(head, at);
    if (found < 0 || found > end.offset) return start.line;
    for (let i = text.indexOf('\n', at); i >= 0 && i < found; i = text.indexOf('\n', i + 1)) line++;
    at = found + head.length;
    return line;
  });
}
