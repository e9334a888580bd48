/**
 * Splits the document into its layout zones, in reading order:
 * front (cơ quan, số, ngày, tên loại, trích yếu) → preamble (Căn cứ, Theo đề nghị)
 * → articles (Điều 1, 2, 3) → back (Nơi nhận, chữ ký) → attachment (the plan a
 * decision issues: "KẾ HOẠCH …", "(Ban hành kèm theo …)") → body → appendix (Phụ lục).
 */
import { isHeader, type Grammar } from '../grammar/compile.js';
import type { Para, Stage, Zone } from '../model/working.js';
import { rx } from '../grammar/pattern.js';
import { articlesAreBody } from '../model/profile.js';
import { isLegalPart } from '../model/labels.js';

/** Whether a paragraph is a tên loại line: "KẾ HOẠCH", "QUYẾT ĐỊNH", "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2023". */
export function isKindLine(value: string, grammar: Grammar): boolean {
  if (!value || value !== value.toUpperCase() || !rx('u')`\p{Lu}`.test(value)) return false;
  return grammar.kinds.some((k) => !k.citedOnly && k.re.test(value)) && !/[:;]$/u.test(value);
}

/** Whether a paragraph opens an appendix (header.yaml appendixStart): "PHỤ LỤC", "Phụ lục số 01: …", "Phụ lục I". */
export function isAppendixLine(value: string, grammar: Grammar): boolean {
  return value.length < 300 && isHeader(grammar, 'appendixStart', value);
}

const isBodyHeading = (p: Para) => !!p.label && ['part', 'roman', 'arabic'].includes(p.label.scheme);

export const extractZones: Stage = (doc, { grammar }) => {
  const any = (name: Parameters<typeof isHeader>[1], v: string) => isHeader(grammar, name, v);
  let zone: Zone = 'front';
  let sawSignature = false;
  let sawKind = false;
  let sinceKind = 0;
  // A document that opens with "PHỤ LỤC" is an appendix on its own (one file of a plan's several).
  let first = true;
  for (const p of doc.paras) {
    const v = p.value;
    // In the front matter only as the document's first line, or after its tên loại: a cover, then the list.
    if (v && isAppendixLine(v, grammar) && (zone !== 'front' || first || sawKind)) zone = 'appendix';
    else if (v && any('recipients', v) && zone !== 'appendix') {
      zone = 'back';
      sawSignature = false;
    } else if ((zone === 'body' || zone === 'articles') && !p.label && any('signaturePrefix', v)) {
      // "TM. ỦY BAN NHÂN DÂN" with no "Nơi nhận" before it (beside it, after it, or none) also closes the body.
      zone = 'back';
      sawSignature = false;
    } else if (zone === 'front' || zone === 'preamble') {
      if (v && isKindLine(v, grammar)) sawKind = true;
      if (v && (any('legalBasis', v) || any('proposal', v) || any('enacting', v))) zone = 'preamble';
      else if (v && any('article', v) && zone === 'preamble') zone = 'articles';
      else if (v && any('addressee', v)) zone = 'body';
      // A heading without a label opens the body only after the tên loại and its trích yếu: a Word
      // file may style its cơ quan lines and its trích yếu as headings.
      else if (isBodyHeading(p) || (p.block.type === 'heading' && !isKindLine(v, grammar) && sinceKind > 1)) zone = 'body';
      // A plan whose first items are lettered ("a) …") still starts its body after the title.
      else if (sawKind && zone === 'front' && p.label && ['lower', 'paren', 'dotted'].includes(p.label.scheme)) zone = 'body';
    } else if (zone === 'articles') {
      if (isBodyHeading(p) && !any('article', v)) zone = 'body';
    } else if (zone === 'back') {
      if (rx('u')`^\p{Lu}[\p{Ll}]+(?:\s\p{Lu}[\p{Ll}]*){1,5}$`.test(v)) sawSignature = true;
      if (v && sawSignature && (isKindLine(v, grammar) || any('attachmentNote', v))) zone = 'attachment';
      // A signature we could not read still ends with the next part's heading ("I. MỤC ĐÍCH …").
      else if (p.label && (p.label.scheme === 'roman' || p.label.scheme === 'part')) zone = 'body';
    } else if (zone === 'attachment') {
      if (isBodyHeading(p) || (p.block.type === 'heading' && !isKindLine(v, grammar))) zone = 'body';
    }
    if (v || p.block.type === 'table') first = false;
    if (v && sawKind) sinceKind++;
    p.zone = zone;
  }
};

/**
 * In a text whose articles are its body (a decree, a circular: the profile says so), the articles zone runs
 * from its first Chương, Mục or Điều through every khoản "1." and điểm "a)" under them, to the back matter.
 */
export const extendArticles: Stage = (doc, { profile }) => {
  if (!articlesAreBody(profile)) return;
  let inArticles = false;
  for (const p of doc.paras) {
    if (p.zone === 'back' || p.zone === 'attachment' || p.zone === 'appendix') inArticles = false;
    else if (isLegalPart(p.label?.scheme)) inArticles = true;
    if (inArticles) p.zone = 'articles';
  }
};
