/**
 * Cell values into the raw values of a task's fields. A cell holds one value or a
 * list ("- Kế hoạch; - Báo cáo kết quả thực hiện.", "1. Báo cáo của UBND tỉnh;\n2. Quyết định …");
 * a cell of bodies may carry its own labels and descriptions:
 * "- Cơ quan thực hiện: Các phòng, ban, ngành cấp huyện; UBND cấp xã; - Cơ quan phối hợp: Phòng Tư pháp"
 * "Các phòng, ban, ngành cấp huyện, UBND cấp xã: thực hiện rà soát theo kế hoạch …"
 * "- Phòng Nội vụ chủ trì, phối hợp với các phòng, ban, ngành cấp huyện; - UBND cấp xã."
 */
import type { Grammar } from '../../grammar/compile.js';
import { startsWithBody } from '../../normalizers/agencies.js';
import { proseAssignment } from '../tasks.js';
import { columnKey, headerText, type ColumnKey } from './columns.js';
import { rx } from '../../grammar/pattern.js';

/** One value of a cell, with the field it belongs to and the label that said so (null: the column's). */
export interface CellValue {
  key: ColumnKey;
  label: string | null;
  value: string;
}

const trimItem = (s: string) =>
  s.replace(/^\s*(?:[-–+•*]|\d{1,2}[.)])\s*/u, '').replace(/[\s.;,]+$/u, '').trim();

/** The items of a list cell: its lines, ";"-separated pieces and "- "-bulleted items after a full stop. */
export function cellItems(value: string): string[] {
  return value
    .split(/\s*(?:\n|;)\s*|(?<=[.;])\s+(?=[-–+•]\s)/u)
    .map(trimItem)
    .filter(Boolean);
}

// "Cơ quan tổng hợp: kiểm tra: Phòng Nội vụ": a label of lower-case words before the bodies.
const PLAIN_LABEL = rx('u')`^(\p{Lu}[\p{Ll}\s,/]{2,60}?)\s*:\s*`;
const LOWER_PREFIX = rx('u')`^[\p{Ll}\s,/]{2,40}:\s*`;

/**
 * The bodies a cell of an agency column names, each routed to the field its label
 * names ("Cơ quan phối hợp: …" → coordinators), descriptions after a body dropped.
 */
export function agencyValues(cell: string, column: ColumnKey, grammar: Grammar): CellValue[] {
  const out: CellValue[] = [];
  let key = column;
  let label: string | null = null;
  for (let item of cellItems(cell)) {
    const m = PLAIN_LABEL.exec(item);
    if (m) {
      const rest = item.slice(m[0].length).replace(LOWER_PREFIX, '');
      const named = columnKey(m[1]!, grammar);
      if (named === 'lead' || named === 'coordinators' || startsWithBody(rest, grammar)) {
        key = named === 'lead' || named === 'coordinators' ? named : column;
        label = headerText(m[1]!);
        item = rest;
      }
    }
    // "UBND cấp xã: thực hiện rà soát …": what follows the body describes it.
    const desc = rx('u')`^(.+?)\s*:\s*(?=\p{Ll})`.exec(item);
    if (desc && startsWithBody(desc[1]!, grammar) && !startsWithBody(item.slice(desc[0].length), grammar)) item = desc[1]!;
    const prose = proseAssignment(item, grammar);
    if (prose.lead.length && prose.coordinators.length) {
      out.push(...prose.lead.map((value) => ({ key: 'lead' as const, label, value })));
      out.push(...prose.coordinators.map((value) => ({ key: 'coordinators' as const, label, value })));
    } else if (item) out.push({ key, label, value: item });
  }
  return out;
}
