/** Flattens the block model into the paragraph list extractors walk. */
import type { Grammar } from '../grammar/compile.js';
import type { Block } from './blocks.js';
import { matchLabel } from './labels.js';
import { sourceOf, type Para } from './working.js';

/** One Para per block, with its label read; every paragraph starts in the `body` zone. */
export function buildParas(blocks: Block[], grammar: Grammar): Para[] {
  return blocks.map((block, index) => {
    const value = block.type === 'paragraph' || block.type === 'heading' ? block.value : '';
    return { index, block, value, source: sourceOf(block), label: value ? matchLabel(value, grammar) : null, zone: 'body' };
  });
}
