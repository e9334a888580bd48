/**
 * Nơi nhận: the bullet lines after it, without their dash and trailing ";" or ".",
 * and without handwritten margin notes ("- UBND tỉnh; } báo").
 */
import { headerPatterns } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';

export const extractRecipients: Stage = (doc, { grammar }) => {
  const res = headerPatterns(grammar, 'recipients');
  const start = doc.paras.findIndex((p) => p.zone === 'back' && res.some((re) => re.test(p.value)));
  if (start < 0) return;
  doc.paras[start]!.role = 'recipients';
  for (let i = start + 1; i < doc.paras.length; i++) {
    const p = doc.paras[i]!;
    if (p.block.type === 'cellBreak') continue;
    if (!/^[-–+•*]\s*/u.test(p.value)) break;
    const name = p.value
      .replace(/^[-–+•*]\s*/u, '')
      .replace(/\s*\}.*$/u, '')
      .replace(/[\s;,.]+$/u, '')
      .trim();
    if (name) doc.document.recipients.push(name);
    p.role = 'recipients';
  }
};
