/**
 * The document's identity from its front matter:
 * "ỦY BAN NHÂN DÂN / TỈNH BÌNH ĐỊNH" (cơ quan), "Số: 95/KH-UBND", "Bình Định, ngày 31 tháng 12 năm 2020",
 * "KẾ HOẠCH" (tên loại) + "Cải cách hành chính tỉnh Bình Định năm 2021" (trích yếu),
 * "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN" (authority of a decision).
 */
import { headerMatch, type Grammar } from '../grammar/compile.js';
import type { DocumentKind } from '../schema/output.js';
import type { Para, Stage } from '../model/working.js';
import { isKindLine } from './zones.js';
import { titleCaseBody } from '../normalizers/case.js';
import { isoDay } from '../normalizers/dates.js';
import { bareKey, withoutMarks } from '../normalizers/tone.js';
import { rx } from '../grammar/pattern.js';
import { inCapitals } from '../cleanse/inline.js';

const pad = (n: string) => n.padStart(2, '0');

/** ISO date of reduced precision from the parts a date line fills in. */
export function isoFromParts(year?: string, month?: string, day?: string): string | null {
  if (!year) return null;
  if (!month) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return year;
  if (!day) return `${year}-${pad(month)}`;
  return isoDay(Number(year), m, Number(day)) ?? `${year}-${pad(month)}`;
}

/** The kind a tên loại line names: its slug and label as the grammar spells it. */
export function kindOf(value: string, grammar: Grammar): { slug: DocumentKind; label: string; rest: string } | null {
  for (const k of grammar.kinds) {
    if (k.citedOnly) continue;
    const m = k.re.exec(value);
    if (m) return { slug: k.slug, label: k.label, rest: value.slice(m[0].length).trim() };
  }
  return null;
}

/** Letters without tone marks or the bar of Đ, in capitals: how OCR's misreadings still compare ("KÉ HOẠCH" ~ "KẾ HOẠCH"). */
const bare = (s: string) => withoutMarks(s).toUpperCase().replace(/\s+/gu, ' ').trim();

/**
 * The kind a scanned tên loại line names though OCR misread a tone mark on it ("KÉ HOẠCH"):
 * a line in capitals that is a kind's label letter for letter, marks aside.
 */
function kindOfMisread(value: string, grammar: Grammar): { slug: DocumentKind; label: string } | null {
  if (!inCapitals(value)) return null;
  // OCR also runs the words together ("KÉHOẠCH").
  const joined = (t: string) => bare(t).replace(/ /gu, '');
  const k = grammar.kinds.find((x) => !x.citedOnly && joined(x.label) === joined(value));
  return k ? { slug: k.slug, label: k.label } : null;
}

/** A symbol whose kind code OCR read without the bar of its Đ ("QD-BCĐCCHC"): the code as the grammar spells it. */
function mendSymbolCode(symbol: string, grammar: Grammar): string {
  const [code = '', ...rest] = symbol.split('-');
  if (grammar.kinds.some((x) => x.codes?.includes(code))) return symbol;
  const known = grammar.kinds.flatMap((x) => x.codes ?? []).find((c) => c !== code && bare(c) === code);
  return known ? [known, ...rest].join('-') : symbol;
}

/**
 * Where, after the line's first word, a header pattern starts: a tight two-column header sets
 * two of its parts on one line ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI …", "Số: 35/KH-UBND  Hòa Phong, ngày …").
 */
function startOf(line: string, name: Parameters<typeof headerMatch>[1], grammar: Grammar): number {
  for (const m of line.matchAll(/ (?=\S)/gu)) if (headerMatch(grammar, name, line.slice(m.index + 1))) return m.index + 1;
  return -1;
}

// Quotes around it, the rule drawn under it when the layout ran it into the last line ("… thiên tai _"), a final period.
const cleanTitle = (s: string) => s.replace(/\s+[_=]+\s*$/u, '').replace(/^[("“]+|[)"”]+$/gu, '').replace(/(?<![.])\.$/u, '').trim();

export const extractDocumentHeader: Stage = (doc, { grammar }) => {
  const d = doc.document;
  const front = doc.paras.filter((p) => p.zone === 'front' || p.zone === 'preamble');
  const match = (name: Parameters<typeof headerMatch>[1], v: string) => headerMatch(grammar, name, v);
  const agencyLines: string[] = [];
  let kindIndex = -1;
  let titleIndex = -1;
  // Past the addressee, Căn cứ or "Thực hiện …", a line is body text, whatever it opens with.
  let bodyBegun = false;

  for (let i = 0; i < front.length; i++) {
    const p = front[i]!;
    let v = p.value;
    if (!v) continue;
    // The số hiệu and the place and date on one line, or a letter's "V/v …" run into it (a scrape's
    // cell): the number is read from its part, the rest below.
    const starts = match('number', v) ? [] : [startOf(v, 'placeDate', grammar), startOf(v, 'subject', grammar)].filter((at) => at > 0);
    const dated = starts.length ? Math.min(...starts) : -1;
    const num = match('number', dated > 0 ? v.slice(0, dated).trim() : v);
    if (num && dated > 0) v = v.slice(dated);
    if (num && d.symbol === null) {
      const written = num.groups?.symbol?.replace(/\s+/gu, '').replace(/^\//u, '') ?? '';
      // "63/2025/QĐ-UBND": the year of a normative document's number is no part of its ký hiệu.
      const year = /^(?:19|20)\d{2}\//u.exec(written)?.[0] ?? '';
      const symbol = written ? mendSymbolCode(written.slice(year.length), grammar) : null;
      d.symbol = symbol;
      d.number = num.groups?.number && symbol ? `${num.groups.number}/${year}${symbol}` : null;
      p.role = 'number';
      if (dated < 0) continue;
    }
    const pd = match('placeDate', v);
    if (pd && d.date === null && d.place === null) {
      d.place = pd.groups!.place!.trim();
      d.date = isoFromParts(pd.groups!.year, pd.groups!.month, pd.groups!.day);
      p.role = 'placeDate';
      continue;
    }
    if (match('motto', v)) {
      p.role = 'motto';
      continue;
    }
    if (kindIndex < 0 && (isKindLine(v, grammar) || ((d.symbol || d.date) && kindOfMisread(v, grammar)))) {
      const k = kindOf(v, grammar) ?? { ...kindOfMisread(v, grammar)!, rest: '' };
      d.kind = k.slug;
      d.kindLabel = k.label;
      kindIndex = i;
      p.role = 'kind';
      // "VĂN BẢN HỢP NHẤT - BỘ LAO ĐỘNG …": after a dash the line names the body, not the trích yếu.
      const body = /^[-–—]\s*(\S.*)$/u.exec(k.rest)?.[1];
      if (body) agencyLines.push(body);
      else if (k.rest) d.title = k.rest;
      continue;
    }
    // The gazette's section line over the text's header is no body ("VĂN BẢN QUY PHẠM PHÁP LUẬT").
    if (kindIndex < 0 && match('gazetteSection', v)) continue;
    if (kindIndex < 0 && inCapitals(v) && d.symbol === null && d.date === null) {
      const motto = startOf(v, 'motto', grammar);
      agencyLines.push(motto > 0 ? v.slice(0, motto).trim() : v);
      p.role = 'agency';
      continue;
    }
    bodyBegun ||= (['addressee', 'legalBasis', 'implementing'] as const).some((name) => match(name, v));
    if (match('subject', v) && d.title === null && !bodyBegun) {
      // A letter's trích yếu: "V/v báo cáo tình hình …", "Về việc xây dựng …", perhaps over several lines.
      d.title = cleanTitle(v);
      p.role = 'title';
      titleIndex = i;
      continue;
    }
    if (kindIndex >= 0 && d.title === null && !match('legalBasis', v) && !match('authority', v) && !match('implementing', v) && !p.label) {
      d.title = cleanTitle(v);
      p.role = 'title';
      titleIndex = i;
      continue;
    }
    if (kindIndex >= 0 && d.authority === null && isAuthorityLine(front, i, d.kind, grammar)) {
      d.authority = titleCaseBody(v, grammar);
      p.role = 'authority';
      continue;
    }
    // A long trích yếu broken into lines that were read as paragraphs (a PDF's layout, a Word
    // author's line breaks, a scrape's): the lines right under it that end no sentence and open nothing of their own.
    if (titleIndex >= 0 && front.slice(titleIndex + 1, i).every((q) => !q.value) && continuesTitle(p, inCapitals(d.title!), grammar)) {
      d.title = `${d.title} ${cleanTitle(v)}`;
      p.role = 'title';
      titleIndex = i;
    }
  }
  d.issuer = issuerOf(agencyLines, d.authority, grammar);
  // A header in capitals is where a scan misreads and a typist slips most ("TRUYỂN THÔNG"); the body spells the same names again.
  const mend = (v: string | null) => v && grammar.agencies.properCase(doc.respell(v, true));
  d.issuer = mend(d.issuer);
  d.authority = mend(d.authority);
  d.title = d.title && doc.respell(d.title);
  doc.planYear = planYear(doc.document.title, doc.paras, d.date);
};

/**
 * Whether a front line names the authority that issues a decision: the grammar's pattern
 * ("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN BÌNH SƠN") in a decision, or any body in capitals set
 * right above the Căn cứ lines ("CHÍNH PHỦ" in a nghị quyết).
 */
function isAuthorityLine(front: Para[], i: number, kind: DocumentKind | null, grammar: Grammar): boolean {
  const v = front[i]!.value;
  if (kind === 'quyet-dinh' && headerMatch(grammar, 'authority', v)) return true;
  const next = front.slice(i + 1).find((p) => p.value);
  if (!next || !inCapitals(v) || isKindLine(v, grammar) || headerMatch(grammar, 'enacting', v)) return false;
  // A body's name, not the last line of a trích yếu in capitals ("… CÓ YẾU TỐ NƯỚC NGOÀI").
  const body = grammar.agencies.headNounStart.test(titleCaseBody(v, grammar));
  return body && (headerMatch(grammar, 'legalBasis', next.value) !== null || headerMatch(grammar, 'proposal', next.value) !== null);
}

/**
 * Whether a paragraph right under the trích yếu goes on with it: no sentence end, no label, no
 * header line of its own, and in capitals only if the trích yếu is.
 */
function continuesTitle(p: Para, titleInCapitals: boolean, grammar: Grammar): boolean {
  const v = p.value;
  // A short last line may end in a period ("… thủ tục hành chính."); a long one ending so is a sentence.
  if (p.label || v.length > 250 || /[;:]$/u.test(v) || (/\.$/u.test(v) && v.length > 100) || /^[-_=\s]+$/u.test(v) || inCapitals(v) !== titleInCapitals) return false;
  const own = ['legalBasis', 'proposal', 'implementing', 'enacting', 'addressee', 'subject', 'authority', 'motto', 'closing'] as const;
  return !own.some((name) => headerMatch(grammar, name, v)) && !isKindLine(v, grammar) && !grammar.agencies.headNounStart.test(titleCaseBody(v, grammar));
}

/**
 * The lines without their repetition: a gazette files the text under its issuer's name, which the text's
 * own header then repeats ("BỘ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI" twice over).
 */
function onceOver(lines: string[]): string[] {
  const key = (ls: string[]) => bareKey(ls.join(' ')).replace(/[^a-z0-9]+/gu, ' ').trim();
  for (let cut = 1; cut < lines.length; cut++) if (key(lines.slice(0, cut)) === key(lines.slice(cut))) return lines.slice(cut);
  return lines;
}

/** The issuing body: the cơ quan block, else the body in the decision's authority line. */
function issuerOf(agencyLines: string[], authority: string | null, grammar: Grammar): string | null {
  const block = onceOver(agencyLines.filter((l) => !/^[-_=\s]+$/u.test(l)));
  if (block.length) {
    // The last lines name the issuer; a line above it is its parent body ("UBND TỈNH X / SỞ NỘI VỤ").
    const last = block[block.length - 1]!;
    // Compared by letters alone: a scan reads "TỔ" as "TỎ".
    if (block.length > 1 && rx('u')`^(?:SO|PHONG|BAN|VAN PHONG|TRUNG TAM|CHI CUC|TONG CUC|CUC|VU|TO|DOAN|BO PHAN|HOI DONG)(?![\p{L}])`.test(withoutMarks(last))) {
      // "UBND TỈNH LÂM ĐỒNG / SỞ Y TẾ" → "Sở Y tế tỉnh Lâm Đồng": the unit, placed by its parent's level and place.
      const place = /(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ|QUẬN|XÃ|PHƯỜNG|THỊ TRẤN)\s.+$/u.exec(block.slice(0, -1).join(' '));
      return titleCaseBody(place ? `${last} ${place[0]}` : last, grammar);
    }
    return titleCaseBody(block.join(' '), grammar);
  }
  if (authority) {
    const m = /(Ủy ban nhân dân|Uỷ ban nhân dân|Hội đồng nhân dân)\s.+$/u.exec(authority);
    if (m) return m[0];
  }
  return null;
}

/** The year a plan is for: "năm 2024" in the plan's title (or the attached plan's), else the document's year. */
function planYear(title: string | null, paras: Para[], date: string | null): number | null {
  const titles = [title, ...paras.filter((p) => p.zone === 'attachment').map((p) => p.value)];
  for (const t of titles) {
    const years = [...(t ?? '').matchAll(/năm\s+(\d{4})(?!\s*[-–])/giu)].map((m) => Number(m[1]));
    if (years.length) return years[years.length - 1]!;
  }
  return date ? Number(date.slice(0, 4)) : null;
}
