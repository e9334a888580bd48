/**
 * The paragraphs that open a document, where its legal bases and proposal are written: the
 * header and preamble, an attached plan's opening, and the body up to its first numbered part.
 * A letter's "Kính gửi" bullets come before its opening sentence and do not end it.
 */
import { isBullet } from '../model/labels.js';
import { isTable, type Para } from '../model/working.js';

export function openingParas(paras: Para[]): Para[] {
  let numbered = false;
  let zone: Para['zone'] | undefined;
  return paras.filter((p) => {
    // An attached plan opens anew after the decision that carries it.
    if (p.zone === 'attachment' && zone !== 'attachment') numbered = false;
    zone = p.zone;
    if (p.zone !== 'body' && p.zone !== 'attachment') return p.zone === 'front' || p.zone === 'preamble';
    // A numbered part or a table of work ends the opening (a text dump's table cells, "4", "Triển khai Đề án …", are none of it).
    if (isTable(p) || (p.label && !isBullet(p.label.scheme)) || /^\d+$/u.test(p.value)) numbered = true;
    return !numbered;
  });
}
