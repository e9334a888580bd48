/**
 * Nơi nhận: the bullet lines after it, without their dash and trailing ";" or ".",
 * and without handwritten margin notes ("- UBND tỉnh; } báo").
 */
import { isHeader } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';
import { rx } from '../grammar/pattern.js';
import { letterCount } from '../cleanse/inline.js';
import { PREFIX_LINE } from './signature.js';

const isSideNote = (v: string) =>
  letterCount(v) <= 3 || v === v.toUpperCase() || PREFIX_LINE.test(v) || rx('u')`^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}*){1,4}$`.test(v) || /^handwritten/iu.test(v);

export const extractRecipients: Stage = (doc, { grammar }) => {
  const start = doc.paras.findIndex((p) => p.zone === 'back' && isHeader(grammar, 'recipients', p.value));
  if (start < 0) return;
  doc.paras[start]!.role = 'recipients';
  for (let i = start + 1; i < doc.paras.length && doc.paras[i]!.zone === 'back'; i++) {
    const p = doc.paras[i]!;
    if (p.block.type === 'cellBreak') continue;
    if (!/^[-–+~•*]\s*/u.test(p.value)) {
      // The signature column laid out beside the list ("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH") and scanner
      // specks ("h", "Â Â") sit between its lines; running text ends the list.
      if (isSideNote(p.value)) continue;
      break;
    }
    // "Lưu: VT, NC. Huy (23 bản)": the typist's initials and the copy count are no recipient.
    const name = p.value
      .replace(/^(?:[-–+~•*]\s*)+/u, '')
      .replace(/\s*\}.*$/u, '')
      .replace(/\.\s+[^.]*\(\s*\d+\s*b[ảa]n\s*\)$/u, '')
      .replace(/[\s;,.:]+$/u, '')
      .trim();
    if (name) doc.document.recipients.push(name);
    p.role = 'recipients';
  }
};
