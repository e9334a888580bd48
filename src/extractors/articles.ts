/**
 * The articles of a decision or a legal text: "Điều 1. Ban hành kèm theo Quyết định này …",
 * "Điều 2. Đối tượng áp dụng" + "1. Các tổ chức hành chính …, gồm:" + "a) Văn phòng …".
 * Paragraphs after an article continue it, its khoản and điểm included; a "Chương II" or
 * "Mục 1" line and the title under it stand between articles and belong to none.
 */
import { headerMatch } from '../grammar/compile.js';
import type { Para, Stage } from '../model/working.js';
import { isLegalPart } from '../model/labels.js';

export const extractArticles: Stage = (doc, { grammar }) => {
  const articles = doc.document.articles;
  const record = (m: RegExpExecArray, p: Para) => articles.push({ number: Number(m.groups!.number), text: (m.groups!.text ?? '').trim(), source: p.source });
  // Whether the paragraphs go on with the last article recorded.
  let inArticle = false;
  // After a "Chương I" alone on its line, the next line is its title.
  let titleNext = false;
  for (const p of doc.paras) {
    if (p.zone !== 'articles' && p.zone !== 'preamble') {
      inArticle = false;
      // A decision's khoản "1." opened its body (they may be work), but its later articles are still its articles:
      // each is recorded with its own line, and stays in the outline over its khoản.
      const later = p.zone === 'body' && articles.length ? headerMatch(grammar, 'article', p.value) : null;
      if (later?.groups) record(later, p);
      continue;
    }
    const m = headerMatch(grammar, 'article', p.value);
    if (m?.groups) {
      record(m, p);
      inArticle = true;
      p.role = 'article';
      titleNext = false;
    } else if (p.label && isLegalPart(p.label.scheme)) {
      inArticle = false;
      titleNext = !p.label.rest;
    } else if (titleNext && p.value) {
      titleNext = false;
    } else if (inArticle && p.value && p.zone === 'articles') {
      const a = articles[articles.length - 1]!;
      a.text = `${a.text} ${p.value}`.trim();
      p.role = 'article';
    }
  }
};
