/**
 * Decides the document's profile (model/profile.ts) from what its header and layout say, before
 * the task tree is built, and explains a decision that leaves out tasks:
 * - the kind: the tên loại ("NGHỊ ĐỊNH"), else the code of the số hiệu ("121/2026/NĐ-CP" → Nghị định,
 *   "63/2025/QH15" → Luật, "09/VBHN-BTC" → Văn bản hợp nhất); a consolidation is headed by the tên loại of
 *   the text it consolidates ("THÔNG TƯ"), and its own lines ("XÁC THỰC VĂN BẢN HỢP NHẤT") say what it is;
 * - normative: a kind that lays down norms (luật, nghị định, thông tư …), a quyết định or nghị quyết that is a
 *   legal normative text (its number carries its year, "63/2025/QĐ-UBND", or it is set in Chương) or that
 *   issues a quy chế / quy định ("Ban hành Quy chế …");
 * - carriesPlan: a decision that issues or approves a plan ("Ban hành Kế hoạch …", "Phê duyệt Đề án …");
 * - administrative: a tên loại, a số hiệu, a place and date, the national motto, a signature, a Nơi nhận,
 *   a field line that assigns work, or an appendix standing alone; a news story or an encyclopedia page has none.
 */
import { headerMatch, isHeader, type Grammar } from '../grammar/compile.js';
import type { DocumentKind } from '../schema/output.js';
import type { Para, Stage, Working } from '../model/working.js';
import type { DocumentProfile } from '../model/profile.js';
import { kindOf } from './document-header.js';
import { fieldOf } from './outline.js';

type Kind = Grammar['kinds'][number];

const PLAN_KINDS: ReadonlySet<DocumentKind> = new Set(['ke-hoach', 'chuong-trinh', 'de-an', 'phuong-an']);
const RULE_KINDS: ReadonlySet<DocumentKind> = new Set(['quy-che', 'quy-dinh']);
/** Roles the header and back matter give only to an administrative document's own lines. */
const IDENTITY_ROLES: ReadonlySet<string | undefined> = new Set(['motto', 'number', 'placeDate', 'signature', 'recipients']);

/** Whether a line assigns work as only a plan does: "- Cơ quan chủ trì: Phòng Nội vụ" (a part of a plan on its own). */
function assigns(p: Para, grammar: Grammar): boolean {
  const key = p.value.includes(':') ? fieldOf(p.label ? p.label.rest : p.value, grammar)?.key : undefined;
  return key === 'lead' || key === 'coordinators';
}

/** The kind code of a ký hiệu: "2026/NĐ-CP" → "NĐ", "QH15" → "QH", "TTLT-VKSNDTC-TANDTC" → "TTLT". */
export function symbolCode(symbol: string): string {
  const code = symbol.replace(/^\d{4}\//u, '').split('-')[0] ?? '';
  // A legislature's term follows its code: "QH15", "UBTVQH14".
  return code.replace(/(?<=\p{Lu})\d{1,2}$/u, '');
}

const byCode = (code: string, grammar: Grammar): Kind | undefined => grammar.kinds.find((k) => !k.citedOnly && k.codes?.includes(code));
const bySlug = (slug: DocumentKind, grammar: Grammar): Kind | undefined => grammar.kinds.find((k) => k.slug === slug);

/** The codes of every số hiệu the text states on a line of its own ("Số: 38/VBHN-BCT" under its authentication). */
function ownCodes(paras: Para[], grammar: Grammar): string[] {
  const codes: string[] = [];
  for (const p of paras) {
    const symbol = p.value.startsWith('Số') ? headerMatch(grammar, 'number', p.value)?.groups?.symbol : undefined;
    if (symbol) codes.push(symbolCode(symbol.replace(/\s+/gu, '').replace(/^\//u, '')));
  }
  return codes;
}

/** The kinds of the texts a decision issues or approves: its trích yếu, its Điều 1, its attached texts. */
function issuedKinds(doc: Working, grammar: Grammar): DocumentKind[] {
  const lines = [doc.document.title ?? '', ...doc.paras.filter((p) => p.zone === 'articles').slice(0, 3).map((p) => p.value)];
  const kinds: DocumentKind[] = [];
  for (const line of lines) {
    const rest = headerMatch(grammar, 'issues', line)?.groups?.rest;
    const k = rest ? kindOf(rest, grammar) : null;
    if (k) kinds.push(k.slug);
  }
  for (const a of doc.document.attachments) if (a.kind) kinds.push(a.kind);
  return kinds;
}

function decide(doc: Working, grammar: Grammar): DocumentProfile & { why: string | null } {
  const d = doc.document;
  const own = doc.paras.filter((p) => p.zone !== 'attachment' && p.zone !== 'appendix');
  const firstText = doc.paras.find((p) => p.value || p.block.type === 'table');
  const administrative =
    d.kind !== null || d.symbol !== null || d.date !== null || doc.paras.some((p) => IDENTITY_ROLES.has(p.role) || assigns(p, grammar)) || firstText?.zone === 'appendix';
  if (!administrative) return { kind: null, normative: false, record: false, carriesPlan: false, administrative, why: null };

  const consolidated = own.some((p) => isHeader(grammar, 'consolidation', p.value)) || ownCodes(doc.paras, grammar).includes('VBHN');
  // The tên loại read names the kind ("Biên bản" is one of several kinds filed as `other`).
  const named = d.kindLabel ? grammar.kinds.find((k) => !k.citedOnly && k.slug === d.kind && k.label === d.kindLabel) : undefined;
  let kind = consolidated ? bySlug('van-ban-hop-nhat', grammar) : d.kind ? (named ?? bySlug(d.kind, grammar)) : undefined;
  if (!kind && d.symbol) kind = byCode(symbolCode(d.symbol), grammar);
  // A letter has no tên loại and no kind code ("1234/UBND-VP"), only its trích yếu "V/v …".
  if (!kind && d.title && headerMatch(grammar, 'subject', d.title)) kind = bySlug('cong-van', grammar);
  if (kind && kind.slug !== d.kind) {
    d.kind = kind.slug;
    d.kindLabel = kind.label;
  }
  d.kind ??= 'other';

  const chapters = own.filter((p) => p.label?.scheme === 'chapter').length;
  const issued = issuedKinds(doc, grammar);
  const carriesPlan = !kind?.normative && issued.some((k) => PLAN_KINDS.has(k));
  const label = d.kindLabel ?? 'document';
  let why: string | null = null;
  if (kind?.normative) why = `a ${label.toLowerCase()} lays down legal norms`;
  else if (RULE_KINDS.has(d.kind)) why = `a ${label.toLowerCase()} lays down rules`;
  else if (d.kind === 'quyet-dinh' || d.kind === 'nghi-quyet' || d.kind === 'other') {
    const rules = issued.find((k) => RULE_KINDS.has(k));
    if (rules) why = `a ${label.toLowerCase()} that issues a ${bySlug(rules, grammar)!.label.toLowerCase()}`;
    // A legal normative text's number carries its year (Nghị định 30/2020, Luật Ban hành VBQPPL): "63/2025/QĐ-UBND".
    else if (d.number && /^\d+\/\d{4}\//u.test(d.number)) why = `a ${label.toLowerCase()} numbered as a legal normative text (${d.number})`;
    else if (chapters) why = `a ${label.toLowerCase()} set out in chapters and articles`;
  }
  if (kind?.record) return { kind: d.kind, normative: false, record: true, carriesPlan, administrative, why: `${label.toLowerCase()} records what happened` };
  return { kind: d.kind, normative: why !== null, record: false, carriesPlan, administrative, why };
}

export const decideProfile: Stage = (doc, ctx) => {
  const { why, ...profile } = decide(doc, ctx.grammar);
  ctx.profile = profile;
  if (!profile.administrative) {
    // No document to be issued by anyone: what the header reader took for its issuer or trích yếu is the page's text.
    doc.document.issuer = null;
    doc.document.title = null;
    ctx.report('Unexpected text that is not an administrative document (no tên loại, số hiệu, date, motto or signature), expected one: no tasks or targets are read', {
      ruleId: 'profile/not-a-document',
      severity: 'warning',
    });
  } else if (profile.record) {
    ctx.report(`No tasks are read: a ${why}, its items are no work assigned`, { ruleId: 'profile/record', severity: 'info' });
  } else if (profile.normative && !profile.carriesPlan) {
    ctx.report(`No tasks are read: ${why}, its khoản and điểm are norms, not work`, { ruleId: 'profile/normative', severity: 'info' });
  }
};
