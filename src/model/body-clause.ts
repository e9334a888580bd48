/**
 * The one answer to "does a body start this line, and where does its duty begin?", asked by the
 * outline (role lines and role paragraphs), tasks (a body, then its work) and responsibilities.
 * Shapes, with or without "Giao" / "Đề nghị" before the body:
 *   colon    "Bộ Nông nghiệp và Môi trường:", "Phòng Kế hoạch - Tài chính: Tham mưu …"
 *   name     "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã: Gia Thuận, Tân Điền"
 *   subject  "Bộ Xây dựng chỉ đạo …", "Các Bộ: Quốc phòng, Công an chủ động …"
 */
import type { Grammar } from '../grammar/compile.js';
import { splitAgencies, startsWithBody } from '../normalizers/agencies.js';
import { wordCount } from '../cleanse/inline.js';
import { rx } from '../grammar/pattern.js';

export type ClauseShape = 'colon' | 'name' | 'subject';

export interface BodyClause {
  /** The bodies named, each as written. */
  bodies: string[];
  /** The duty after them ("" for a bare name or a name ending in a colon). */
  rest: string;
  shape: ClauseShape;
  /** Whether a verb that assigns opened the clause ("Giao …", "Đề nghị …"). */
  assigning: boolean;
}

const MAX_NAME_WORDS = 40;
const SPECK_AFTER = rx('u')`\s+\p{Ll}$`;
// Scans leave specks before a line ("% Công chức Tư pháp"); a figure ("100% các cơ quan") is the text's own.
const SPECKS = rx('u')`^[^\p{L}\p{N}]+`;
// "Các Bộ", "Ủy ban nhân dân các xã": a collective whose members a colon lists ("Các Bộ: Quốc phòng, Công an").
const COLLECTIVE = rx('iu')`(?:^|\s)các\s+\p{L}+$`;
// Members listed after a collective's colon: capitalized names, commas and "và" between them.
const MEMBERS = rx('u')`^\p{Lu}[\p{L}\s,\-–]*$`;

/** "(Bộ phận trực tiếp tham mưu …)": a parenthesis describes a body; its words start no duty. */
const masked = (s: string) => s.replace(/\([^)]*\)/gu, (m) => ' '.repeat(m.length));

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function clause(bodies: string, rest: string, shape: ClauseShape, assigning: boolean, grammar: Grammar): BodyClause | null {
  // A lone lower-case letter after the name is a scan's speck ("3. Công an các địa phương h"): no name ends so.
  const head = bodies.replace(/\s*\([^)]*\)\s*$/u, '').replace(/[\s,:;]+$/u, '').replace(SPECK_AFTER, '').trim();
  if (!head || wordCount(head) > MAX_NAME_WORDS || /\.\s/u.test(head)) return null;
  // "Các Bộ: Quốc phòng, Công an": the members a colon lists stay the one body written.
  const names = rx('u')`:\s*\p{Lu}`.test(head) ? [head] : splitAgencies(head, grammar);
  return names.length ? { bodies: names, rest: rest.trim(), shape, assigning } : null;
}

/** The bodies a text opens with and the duty after them, or null when it opens with no body. */
export function bodyClause(text: string, grammar: Grammar): BodyClause | null {
  let t = text.replace(SPECKS, '').replace(/[\s*]+$/u, '');
  t = t.slice(grammar.roles.leadingClause.exec(t)?.[0].length ?? 0);
  const assign = grammar.roles.assigning.exec(t);
  if (assign) t = t.slice(assign[0].length);
  if (!startsWithBody(assign ? capitalized(t) : t, grammar)) return null;
  const m = masked(t);
  const duty = grammar.roles.dutyStart.exec(m);
  const colon = m.indexOf(':');
  if (colon > 0 && (!duty || colon < duty.index)) {
    const head = t.slice(0, colon);
    const after = t.slice(colon + 1).trim();
    if (after && COLLECTIVE.test(head)) {
      // "Các Bộ: Quốc phòng, Công an chủ động …": the members are part of the one body the line names.
      const d = grammar.roles.dutyStart.exec(masked(after));
      const members = d ? after.slice(0, d.index) : after.replace(/[.;]$/u, '');
      if (MEMBERS.test(members.trim()) && !grammar.actionStart.test(members)) return clause(`${head}: ${members.trim()}`, d ? after.slice(d.index) : '', d ? 'subject' : 'name', !!assign, grammar);
    }
    return clause(head, after, 'colon', !!assign, grammar);
  }
  if (duty) return clause(t.slice(0, duty.index), t.slice(duty.index), 'subject', !!assign, grammar);
  // A bare name: no sentence in it.
  if (/[.!?]["”)]*$/u.test(t) || wordCount(t) > MAX_NAME_WORDS) return null;
  return clause(t, '', 'name', !!assign, grammar);
}
