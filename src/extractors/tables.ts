/**
 * Rebuilds tables before anything reads them: scraped cell-per-paragraph runs
 * ("TT" | "Nhiệm vụ" | … with lines of "|" between cells) become table blocks, a
 * table continued across pages (its header repeated) becomes one, and every table
 * is cleaned for reading (merged cells spread, separator rows and repeated headers
 * dropped, a row broken across pages joined).
 */
import { span, type Table } from '../model/blocks.js';
import { sourceOf, isTable, type Para, type Stage } from '../model/working.js';
import { rebuildCellBreakTables } from './tables/cell-breaks.js';
import { normalizeTable, sameHeader } from './tables/grid.js';
import { PAGE_NUMBER } from '../loaders/page-furniture.js';


export const rebuildTables: Stage = (doc, { grammar, report }) => {
  const rebuilt = rebuildCellBreakTables(doc.paras, doc.loaded.text, grammar);
  if (rebuilt) report(`Rebuilt ${rebuilt} table(s) from cells separated by "|" lines`, { ruleId: 'tables/cell-breaks', severity: 'info', place: null });

  const paras: Para[] = [];
  let last: (Para & { block: Table }) | null = null;
  let noise: Para[] = [];
  for (const p of doc.paras) {
    if (isTable(p)) {
      if (last && sameHeader(last.block, p.block, grammar)) {
        const block: Table = { ...last.block, rows: [...last.block.rows, ...p.block.rows], position: span(last.block.position, p.block.position) };
        last.block = block;
        last.source = sourceOf(block);
        noise = [];
        continue;
      }
      paras.push(...noise, p);
      last = p;
      noise = [];
    } else if (last && PAGE_NUMBER.test(p.value)) noise.push(p);
    else {
      paras.push(...noise, p);
      last = null;
      noise = [];
    }
  }
  paras.push(...noise);
  for (const p of paras) if (isTable(p)) p.block = normalizeTable(p.block, grammar);
  paras.forEach((p, i) => (p.index = i));
  doc.paras = paras;
};
