/**
 * The paragraphs that open a document, where its legal bases and proposal are written: the
 * header and preamble, an attached plan's opening, and the body up to its first numbered part.
 * A letter's "Kính gửi" bullets come before its opening sentence and do not end it.
 */
import { isBullet } from '../model/labels.js';
import type { Para } from '../model/working.js';

export function openingParas(paras: Para[]): Para[] {
  let numbered = false;
  return paras.filter((p) => {
    if (p.zone === 'body' && p.label && !isBullet(p.label.scheme)) numbered = true;
    return p.zone === 'front' || p.zone === 'preamble' || p.zone === 'attachment' || (p.zone === 'body' && !numbered);
  });
}
