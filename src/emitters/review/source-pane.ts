/**
 * The source pane: the loaded text line by line, numbered as the result's source lines are, a mark
 * on each line something was taken from, a divider where a page starts.
 */
import { h } from 'hastscript';
import type { Element } from 'hast';
import { splitLines } from '../../loaders/source-lines.js';
import { LABELS } from '../labels.js';

/**
 * The numbered lines of `text`, or a note when there is none.
 * @param used lines that an extracted item names (marked in the margin)
 */
export function sourcePane(text: string | undefined, used: Set<number>): Element {
  const heading = h('h2', LABELS.source);
  const note = h('div', { className: ['line-note'], dataLine: LABELS.line, dataNothing: LABELS.none }, '');
  if (text === undefined) return h('aside', { className: ['source'] }, [heading, h('p', { className: ['empty'] }, LABELS.noSource)]);
  const items: Element[] = [];
  let page = 1;
  for (const line of splitLines(text, true)) {
    if (line.page !== page) {
      page = line.page;
      items.push(h('li', { className: ['page'] }, [h('span', { className: ['ln'] }, ''), `${LABELS.page} ${page}`]));
    }
    items.push(h('li', { id: `L${line.line}`, dataN: line.line, className: used.has(line.line) ? ['used'] : undefined }, [
      h('span', { className: ['ln'] }, String(line.line)),
      h('span', line.raw),
    ]));
  }
  return h('aside', { className: ['source'] }, [heading, note, h('ol', { className: ['lines'] }, items)]);
}
