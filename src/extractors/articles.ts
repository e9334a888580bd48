/**
 * The articles of a decision: "Điều 1. Ban hành kèm theo Quyết định này …".
 * Paragraphs after an article that carry no label of their own continue it.
 */
import { headerMatch } from '../grammar/compile.js';
import type { Stage } from '../model/working.js';

export const extractArticles: Stage = (doc, { grammar }) => {
  let current: { number: number; text: string } | null = null;
  for (const p of doc.paras) {
    if (p.zone !== 'articles' && p.zone !== 'preamble') {
      current = null;
      continue;
    }
    const m = headerMatch(grammar, 'article', p.value);
    if (m?.groups) {
      current = { number: Number(m.groups.number), text: (m.groups.text ?? '').trim() };
      doc.document.articles.push({ ...current, source: p.source });
      p.role = 'article';
    } else if (current && p.value && p.zone === 'articles') {
      const a = doc.document.articles[doc.document.articles.length - 1]!;
      a.text = `${a.text} ${p.value}`.trim();
      p.role = 'article';
    }
  }
};
