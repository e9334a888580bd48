/**
 * Finds every legal document a text cites, deduplicated, with how often it is cited.
 *
 * Surface forms:
 *   "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ", "Nghị định 63/2010/NĐ-CP ngày 08 tháng 6 năm 2010"
 *   "các Nghị định của Chính phủ: Số 62/2020/NĐ-CP ngày 01/6/2020 và số 106/2020/NĐ-CP ngày 10/9/2020"
 *   "Nghị định số 45/2020/NĐ-CP ngày 08/4/2020, số 107/2021/NĐ-CP ngày 06/12/2021"
 *   "Kế hoạch hành động số 22-KH/TU", "Công văn số 703/PNV", "theo Nghị định\n68/2000/NĐ- CP"
 *   "Luật Tổ chức chính quyền địa phương ngày 19/6/2015", "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức
 *   Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22/11/2019" (one law), "theo Luật Tổ chức chính quyền địa phương."
 * Not references: "Nghị định của Chính phủ" (no number), a header's own "Số: 95/KH-UBND".
 */
import { alternation, type Grammar } from '../grammar/compile.js';
import { isTable, type Stage } from '../model/working.js';
import type { Reference, SourceRef } from '../schema/output.js';
import { isoDay } from '../normalizers/dates.js';
import { compileRegExp, matchesOf, rx } from '../grammar/pattern.js';

interface Compiled {
  /** A số hiệu: "45/2020/NĐ-CP", "04-NQ/TU", "703/PNV", "68/2000/NĐ- CP". */
  number: RegExp;
  /** A số hiệu at the start of a string. */
  numberAt: RegExp;
  /** A kind right before a number: "Nghị định số ", "Quyết định ". */
  kindBefore: RegExp;
  /** A kind heading a list: "các Nghị định của Chính phủ: Số ". */
  listHead: RegExp;
  /** What may sit between two numbers of one list: " ngày 08/4/2020, số ". */
  listGap: RegExp;
  /** A kind cited by title, not number: "Luật Tổ chức chính quyền địa phương". */
  titled: RegExp;
  titleEnd: RegExp;
  /** A title that amends others ("sửa đổi, bổ sung … của Luật …") holds their titles. */
  amending: RegExp;
  /** Words after a kind that are no title: "Luật trên phạm vi …", "Luật chuyên ngành". */
  noTitle: RegExp;
  /** "… và Luật Ngân sách nhà nước": where another cited title begins. */
  otherTitle: RegExp;
  canonicalKind: Map<string, string>;
}

// A số hiệu ("30c/NQ-CP" has a letter); a scrape may break it after a slash or dash ("119/2026/ UBTVQH15", "12- CTr/BCĐ").
const NUMBER = String.raw`\d{1,5}[a-z]?(?:\/\d{4})?[/-]\s?\p{Lu}[\p{L}\d&]*(?:(?:-\s?|\/)\p{Lu}[\p{L}\d&]*)*`;
const DATE = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`;
const dateAfter = new RegExp(String.raw`^\s*,?\s*ngày\s+(?:${DATE})`, 'iu');
// "Luật Đất đai năm 2013", "Luật An ninh mạng 2025"
const yearAfter = /^\s*,?\s*(?:năm\s+)?((?:19|20)\d{2})(?![\d/])/iu;
const numberAfter = /^\s*số\s+/iu;
// Function words and verbs that end an issuer's name: "của Chính phủ về …", "của UBND tỉnh ban hành …".
const issuerAfter =
  rx('iu')`^\s*của\s+(.{2,80}?)(?=\s*[,;.:()“”"*]|\s+(?:về|và|quy định|sửa đổi|ban hành|hướng dẫn|thực hiện|đối với|nhằm|tại|trong|theo|triển khai)(?![\p{L}])|\s*$)`;
const headerNumber = /(?:^|\n)\s*Số\s*:\s*$/u;

const cache = new WeakMap<Grammar, Compiled>();

function compiled(grammar: Grammar): Compiled {
  let c = cache.get(grammar);
  if (c) return c;
  const kinds = alternation(grammar.kinds.map((k) => k.label));
  // Titled kinds are those cited by name without a number: Luật, Bộ luật, Pháp lệnh, Hiến pháp.
  const titled = alternation(grammar.kinds.filter((k) => k.titled).map((k) => k.label));
  // A kind is written under its shortest label of the same slug ("Kế hoạch hành động" → "Kế hoạch").
  const canonicalKind = new Map<string, string>();
  for (const k of grammar.kinds) {
    const same = k.slug === 'other' ? [k] : grammar.kinds.filter((o) => o.slug === k.slug);
    const shortest = same.reduce((a, b) => (b.label.length < a.label.length ? b : a));
    canonicalKind.set(k.label.toLowerCase(), shortest.label);
  }
  c = {
    number: compileRegExp(String.raw`(?<![\p{L}\d/])${NUMBER}`, 'gu'),
    numberAt: compileRegExp(`^${NUMBER}`, 'u'),
    kindBefore: compileRegExp(String.raw`(?<![\p{L}])(${kinds})\s+(?:số\s*:?\s*)?$`, 'iu'),
    listHead: compileRegExp(String.raw`(?<![\p{L}])(${kinds})\s+của\s+[^:;.]{1,60}:\s*(?:số\s*)?$`, 'iu'),
    listGap: new RegExp(String.raw`^\s*(?:,?\s*ngày\s+(?:${DATE})\s*)?(?:,|;|và)\s*(?:số\s*)?$`, 'iu'),
    titled: compileRegExp(String.raw`(?<![\p{L}])(${titled})\s+(?!số(?![\p{L}]))(?=\p{L})`, 'gu'),
    // A title runs to its date, number or year, to punctuation, or to a word that leaves it; "của Luật …"
    // and "và Luật …" stay inside here ("Luật sửa đổi … của Luật Tổ chức Chính phủ và Luật Tổ chức …")
    // and are cut after when the title amends nothing.
    titleEnd: compileRegExp(
      String.raw`\s+(?:ngày|năm|số)\s+\d|\s+(?:19|20)\d{2}(?![\d/])|\s*[;.:()“”"]|,\s+(?=\p{Lu})|\s+(?:của|và)\s+(?!${titled})|\s+(?:${alternation(grammar.titleEnds)})(?![\p{L}])|$`,
      'u',
    ),
    amending: /^(?:sửa đổi|bổ sung)/iu,
    // "thi hành Luật trên phạm vi cả nước" names the law spoken of, "Luật chuyên ngành" a sort of law.
    noTitle: compileRegExp(String.raw`^(?:của|và|${alternation([...grammar.titleEnds, ...grammar.notTitles])})(?![\p{L}])`, 'u'),
    otherTitle: compileRegExp(String.raw`\s+(?:của|và)\s+(?:${titled})\s`, 'u'),
    canonicalKind,
  };
  cache.set(grammar, c);
  return c;
}

function isoDate(m: RegExpExecArray | null): string | null {
  if (!m) return null;
  const [d, mo, y] = (m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]]).map(Number) as [number, number, number];
  return isoDay(y, mo, d);
}

/** The issuer named after a citation ("của Chủ tịch UBND tỉnh"), abbreviations expanded. */
function issuerNamed(after: string, grammar: Grammar): string | null {
  const name = issuerAfter.exec(after)?.[1];
  if (!name) return null;
  return grammar.agencies.expandAbbreviations(name.trim());
}

/** Same number however its dashes and spaces are written: "24/2014/NĐCP" = "24/2014/NĐ-CP". */
const numberKey = (n: string): string => n.replace(/[\s-]/gu, '').toUpperCase();

/**
 * A number as cited, without its spaces and without a footnote mark run into its code
 * ("09/2026/NĐ-CP4" → "09/2026/NĐ-CP"); a legislature's number stays ("64/2025/QH15").
 */
function cleanNumber(raw: string, grammar: Grammar): string {
  const number = raw.replace(/\s+/gu, '');
  const marked = /^(.*[/-])(\p{Lu}[\p{L}&]*?)(\d+)$/u.exec(number);
  if (!marked) return number;
  const code = marked[2]!;
  return grammar.agencies.issuerByCode.has(code) && !grammar.agencies.termCodes.has(code) ? `${marked[1]}${code}` : number;
}

interface Hit {
  at: number;
  /** Where the hit's number is written, when it has one. */
  numberAt?: number;
  ref: Omit<Reference, 'mentions' | 'source'>;
}

// How far around a number its kind, date and issuer are looked for: windows, not the rest of
// the text, so a long document is not copied or scanned again at every citation.
const BEFORE = 160;
const AFTER = 400;

function numberedHits(text: string, grammar: Grammar, c: Compiled): Hit[] {
  const hits: Hit[] = [];
  let previous: { kind: string; end: number } | null = null;
  for (const m of matchesOf(c.number, text)) {
    const end = m.index + m[0].length;
    const near = text.slice(Math.max(0, m.index - BEFORE), m.index);
    if (headerNumber.test(near)) continue;
    const label = c.kindBefore.exec(near)?.[1] ?? c.listHead.exec(near)?.[1];
    const kind: string | null = label
      ? c.canonicalKind.get(label.toLowerCase())!
      : previous && m.index - previous.end < BEFORE && c.listGap.test(text.slice(previous.end, m.index))
        ? previous.kind
        : null;
    if (!kind) continue;
    previous = { kind, end };
    const number = cleanNumber(m[0], grammar);
    const after = text.slice(end, end + AFTER);
    const date = isoDate(dateAfter.exec(after));
    const rest = after.replace(dateAfter, '');
    const code = number.split(/[-/]/u).at(-1)!.replace(/\d+$/u, '');
    const issuer = issuerNamed(rest, grammar) ?? grammar.agencies.issuerByCode.get(code) ?? null;
    hits.push({ at: m.index, numberAt: m.index, ref: { kind, number, date, issuer, title: null } });
  }
  return hits;
}

const LOWER_COMMA = rx('gu')`,\s+(?=\p{Ll})`;

/**
 * Where a cited title ends, beyond the word list: a comma before lower case once three words
 * are in ("Luật Ngân sách nhà nước, nguồn chi …" but "Luật Thi đua, khen thưởng"), and another
 * cited title unless this one amends it.
 */
function titleFrom(rest: string, c: Compiled): string {
  let title = rest.slice(0, c.titleEnd.exec(rest)!.index);
  const comma = matchesOf(LOWER_COMMA, title).find((m) => title.slice(0, m.index).split(/\s+/u).length >= 3);
  if (comma) title = title.slice(0, comma.index);
  const other = c.amending.test(title) ? null : c.otherTitle.exec(title);
  if (other) title = title.slice(0, other.index);
  return title.replace(/[\s,]+$/u, '');
}

function titledHits(text: string, grammar: Grammar, c: Compiled): Hit[] {
  const hits: Hit[] = [];
  let consumed = 0;
  for (const m of matchesOf(c.titled, text)) {
    // A law named inside another law's title is part of that title.
    if (m.index < consumed) continue;
    const start = m.index + m[0].length;
    const rest = text.slice(start, start + AFTER);
    if (c.noTitle.test(rest)) continue;
    const title = titleFrom(rest, c);
    if (title.split(/\s+/u).length < 2) continue;
    consumed = start + title.length;
    const after = text.slice(consumed, consumed + AFTER);
    const kind = c.canonicalKind.get(m[1]!.toLowerCase())!;
    // "Luật Nuôi con nuôi số 52/2010/QH12": a number after the title identifies the law.
    const lead = numberAfter.exec(after)?.[0].length;
    const numbered = lead === undefined ? null : c.numberAt.exec(after.slice(lead));
    const number = numbered ? cleanNumber(numbered[0], grammar) : null;
    const date = isoDate(dateAfter.exec(after)) ?? yearAfter.exec(after)?.[1] ?? null;
    hits.push({ at: m.index, numberAt: numbered ? consumed + lead! : undefined, ref: { kind, number, date, issuer: null, title } });
  }
  return hits;
}

/**
 * One document cited two ways is one reference: a law by its title here and by its number there
 * ("Luật Nuôi con nuôi số 52/2010/QH12" … "của Luật Nuôi con nuôi"), and a number with a
 * footnote mark run into it where it is also cited without ("12-CTr/BCĐ3" beside "12-CTr/BCĐ").
 */
function mergeVariants(refs: Reference[]): Reference[] {
  const titleKey = (r: Reference) => `${r.kind}|${r.title?.toLowerCase()}`;
  const numberedByTitle = new Map(refs.filter((r) => r.number && r.title).map((r) => [titleKey(r), r]));
  const byNumber = new Map(refs.filter((r) => r.number).map((r) => [numberKey(r.number!), r]));
  return refs.filter((r) => {
    const same = r.number
      ? byNumber.get(numberKey(r.number).replace(/(?<=\p{L})\d{1,2}$/u, ''))
      : numberedByTitle.get(titleKey(r));
    if (!same || same === r) return true;
    same.mentions += r.mentions;
    same.date ??= r.date;
    return false;
  });
}

/**
 * Finds the legal documents cited in some texts, deduplicated by number (or, unnumbered, by kind and title).
 * @param texts paragraphs or table cells, each with where it comes from
 * @returns the references in order of first mention, each with its mention count and first source
 */
export function findReferences(texts: { text: string; source: SourceRef }[], grammar: Grammar): Reference[] {
  const c = compiled(grammar);
  const byKey = new Map<string, Reference>();
  for (const { text, source } of texts) {
    const numbered = numberedHits(text, grammar, c);
    // "Luật … pháp luật số 64/2025/QH15" is read both ways: one citation, with its title.
    const titled = titledHits(text, grammar, c).filter((t) => {
      const same = t.numberAt === undefined ? undefined : numbered.find((n) => n.numberAt === t.numberAt);
      if (same) same.ref.title = t.ref.title;
      return !same;
    });
    const hits = [...numbered, ...titled].sort((a, b) => a.at - b.at);
    for (const { ref } of hits) {
      let key = ref.number ? numberKey(ref.number) : `${ref.kind}|${ref.title!.toLowerCase()}`;
      const seen = byKey.get(key);
      // Two dated laws of one title are two laws (Luật Đất đai 2003 and 2013).
      if (!ref.number && seen?.date && ref.date && seen.date !== ref.date) key += `|${ref.date}`;
      const same = byKey.get(key);
      if (same) {
        same.mentions += 1;
        same.date ??= ref.date;
        same.issuer ??= ref.issuer;
      } else byKey.set(key, { ...ref, mentions: 1, source });
    }
  }
  return mergeVariants([...byKey.values()]);
}

/** Collects the references of every paragraph and table cell, leaving out the document's own number. */
export const extractReferences: Stage = (doc, ctx) => {
  const texts = doc.paras.flatMap((p) =>
    isTable(p)
      ? p.block.rows.flatMap((row) => row.cells.map((cell) => ({ text: cell.value, source: { line: cell.position.start.line } })))
      : p.value ? [{ text: p.value, source: p.source }] : [],
  );
  const own = doc.document.number ? numberKey(doc.document.number) : null;
  // "(Kèm theo Kế hoạch số: 95/KH-UBND …)" in an appendix names the document itself.
  doc.references = findReferences(texts, ctx.grammar).filter((r) => !r.number || numberKey(r.number) !== own);
};
