/**
 * Reads a task's "Thời gian thực hiện" into dates: each clause's deadline, the last
 * deadline, the earliest start, and how often the work recurs.
 *
 * Surface forms read here (the grammar's time.yaml adds the recurrence words):
 *   "trước ngày 30/10/2024", "ngày 31 tháng 12 năm 2020", "chậm nhất ngày 15/3"
 *   "Quý I năm 2024", "quý I/2023", "Quý IV/ 2023", "Quý III, năm 2024", "Quý II, III", "Quý 2/2025"
 *   "Tháng 01 năm 2024", "tháng 11/2023", "tháng 6 và tháng 12 hằng năm"
 *   "6 tháng đầu năm", "Năm 2025", "giai đoạn 2021 - 2025", "Thường xuyên trong năm", "Từ quý II/2027"
 * A date that belongs to a cited document ("Kế hoạch số 140/KH-UBND ngày 14/10/2021") is no deadline.
 */
import { alternation, type Grammar } from '../grammar/compile.js';
import type { Recurrence, Timeline } from '../schema/output.js';
import { isoDay, lastDayOfMonth } from './dates.js';
import { compileRegExp, matchesOf, rx } from '../grammar/pattern.js';

export interface TimelineContext {
  /** The plan's year, filling years a timeline leaves out. */
  year: number | null;
  grammar: Grammar;
}

/** A stretch of time a phrase names; a side is null when the phrase leaves it open. */
interface Period {
  start: string | null;
  end: string | null;
}

type Report = (message: string) => void;
type Read = (m: RegExpExecArray, year: number | null, report: Report) => Period | null;

const pad = (n: number): string => String(n).padStart(2, '0');
const yearOf = (raw: string | undefined, fallback: number | null): number | null => (raw ? Number(raw) : fallback);

function invalid(raw: string, report: Report): null {
  report(`Unexpected deadline "${raw.trim()}", expected a calendar date`);
  return null;
}

function dayPeriod(y: number | null, m: number, d: number, raw: string, report: Report): Period | null {
  if (y === null) return null;
  const date = isoDay(y, m, d);
  return date ? { start: null, end: date } : invalid(raw, report);
}

/** Months `from`..`to` of year `y`, first day to last day. */
function monthSpan(y: number | null, from: number, to: number, raw: string, report: Report): Period | null {
  if (y === null) return null;
  if (from < 1 || to > 12 || from > to) return invalid(raw, report);
  return { start: `${y}-${pad(from)}-01`, end: `${y}-${pad(to)}-${pad(lastDayOfMonth(y, to))}` };
}

const QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
const Q = String.raw`(?:iv|i{1,3}|[1-4])(?![\p{L}\d])`;
const YEAR = String.raw`((?:19|20)\d{2})(?!\d)`;
// "/2023", "/ 2023", " năm 2024", ", năm 2024"
const YEAR_TAIL = String.raw`(?:\s*[/,-]?\s*(?:năm\s+)?${YEAR})?`;
const LIST_SEP = String.raw`\s*(?:,|và|-|–|đến)\s*`;
const DATE_TAIL = String.raw`\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`;

const RANGE = /\s(?:đến|tới)\s/u;
const QUARTER_NUMBER = compileRegExp(`(${Q})`, 'giu');
/** The last number of a list such as "II, III" or "6 và tháng 12". */
const lastOf = (first: string, rest: string, re: RegExp): string => matchesOf(re, rest).at(-1)?.[1] ?? first;

// Order matters: each reader masks what it read, so later, looser ones cannot reread it.
// A multi-year range is weak: "Kế hoạch rà soát … giai đoạn 2022 - 2025" is often a cited plan's title.
const readers: { re: RegExp; read: Read; weak?: true }[] = [
  {
    re: compileRegExp(String.raw`\d+(?:/\d{4})?[/-]\p{L}[\p{L}\d&/-]*\s*,?\s*ngày\s+${DATE_TAIL}`, 'giu'),
    read: () => null,
  },
  {
    // Not after "tháng": "Tháng 01-02/2025" is two months, not the 1st of February.
    // A scan's year may come split at its last digit, the cell line broken there ("15/11/202 3").
    re: /(?<![\d/])(?<!tháng\s{0,3})(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{3} \d)(?!\d)/giu,
    read: (m, _y, report) => dayPeriod(Number(m[3]!.replace(' ', '')), Number(m[2]), Number(m[1]), m[0], report),
  },
  {
    re: compileRegExp(String.raw`ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s+năm\s+${YEAR})?`, 'giu'),
    read: (m, y, report) => dayPeriod(yearOf(m[3], y), Number(m[2]), Number(m[1]), m[0], report),
  },
  {
    // "ngày 15/3", "trước 30/6", "chậm nhất 15/3": a day and month of the plan's year.
    re: /(?:ngày|trước|chậm nhất)\s+(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/giu,
    read: (m, y, report) => dayPeriod(y, Number(m[2]), Number(m[1]), m[0], report),
  },
  {
    re: compileRegExp(String.raw`(\d{1,2})\s+tháng\s+(đầu|cuối)\s+năm(?:\s+${YEAR})?`, 'giu'),
    read: (m, y, report) => {
      const n = Number(m[1]);
      const year = yearOf(m[3], y);
      return m[2]!.toLowerCase() === 'đầu' ? monthSpan(year, 1, n, m[0], report) : monthSpan(year, 13 - n, 12, m[0], report);
    },
  },
  {
    re: compileRegExp(String.raw`quý\s+(${Q})((?:${LIST_SEP}(?:quý\s+)?${Q})*)${YEAR_TAIL}`, 'giu'),
    read: (m, y, report) => {
      const q = QUARTER[m[1]!.toLowerCase()]!;
      const last = QUARTER[lastOf(m[1]!, m[2]!, QUARTER_NUMBER).toLowerCase()]!;
      return monthSpan(yearOf(m[3], y), q * 3 - 2, last * 3, m[0], report);
    },
  },
  {
    re: compileRegExp(String.raw`tháng\s+(\d{1,2})(?!\d)((?:${LIST_SEP}(?:tháng\s+)?\d{1,2}(?=\s*\/\s*(?:19|20)\d{2}(?!\d)|(?![\d/])))*)${YEAR_TAIL}`, 'giu'),
    read: (m, y, report) => {
      const last = Number(lastOf(m[1]!, m[2]!, /(\d{1,2})/gu));
      return monthSpan(yearOf(m[3], y), Number(m[1]), last, m[0], report);
    },
  },
  {
    re: compileRegExp(String.raw`(?<![\d/])((?:19|20)\d{2})\s*(?:-|–|đến)\s*(?:năm\s+)?${YEAR}`, 'giu'),
    read: (m) => ({ start: `${m[1]}-01-01`, end: `${m[2]}-12-31` }),
    weak: true,
  },
  {
    re: compileRegExp(String.raw`năm\s+${YEAR}`, 'giu'),
    read: (m) => ({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31` }),
  },
  {
    // A clause that opens with a bare year: "2025" in a table's time column, "2026 và hằng năm".
    re: compileRegExp(String.raw`^\s*${YEAR}(?=\s*(?:$|[,;.]|và\s))`, 'gu'),
    read: (m) => ({ start: `${m[1]}-01-01`, end: `${m[1]}-12-31` }),
  },
];

/** A period a clause names, where it was written, and whether a stronger one overrides it. */
interface Found extends Period {
  from: number;
  to: number;
  weak: boolean;
}

/** Every period a clause names. */
function periods(clause: string, ctx: TimelineContext, report: Report): Found[] {
  const { grammar, year } = ctx;
  let masked = clause;
  const found: Found[] = [];
  for (const { re, read, weak = false } of readers) {
    for (const m of matchesOf(re, masked)) {
      const period = read(m, year, report);
      const before = masked.slice(0, m.index);
      const to = m.index + m[0].length;
      masked = before + ' '.repeat(m[0].length) + masked.slice(to);
      // "tháng 01 hằng năm", "ngày 31/01 năm liền kề": a day or month of no one year.
      if (!period || (!/\d{4}/u.test(m[0]) && grammar.time.relativeYears.some((re) => re.test(masked.slice(to))))) continue;
      // "Từ quý II/2027": the work begins then and names no end ("Từ tháng 3 đến tháng 6/2025" names one).
      const startOnly = !RANGE.test(m[0]) && grammar.time.startMarkers.some((s) => s.test(before));
      const { start, end } = startOnly ? { start: period.start ?? period.end, end: null } : period;
      found.push({ start, end, from: m.index, to, weak });
    }
  }
  for (const re of grammar.time.wholeYear) {
    const m = year === null ? null : re.exec(masked);
    if (m) found.push({ start: `${year}-01-01`, end: `${year}-12-31`, from: m.index, to: m.index + m[0].length, weak: false });
  }
  return found;
}

const earliest = (dates: (string | null)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d < a) ? d : a), null);
const latest = (dates: (string | null)[]): string | null =>
  dates.reduce<string | null>((a, d) => (d !== null && (a === null || d > a) ? d : a), null);

const tidy = (s: string): string => s.replace(/^[\s\-–+•*]+|[\s.;,]+$/gu, '');

/**
 * Clauses of a timeline: split at ";", line breaks, bullets and sentence ends, and at a
 * comma outside a date phrase when the text on both sides names a date
 * ("Ban hành kế hoạch trong quý I năm 2024, báo cáo kết quả thực hiện trước ngày 30/10/2024"
 * but not "Quý III, năm 2024").
 */
function clauses(text: string, ctx: TimelineContext): string[] {
  const out: string[] = [];
  for (const piece of text.split(rx('u')`[;\n]+|\.\s+(?=\p{Lu})`)) {
    const clause = tidy(piece);
    if (!clause) continue;
    const found = periods(clause, ctx, () => {});
    const dated = (from: number, to: number): boolean => found.some((f) => f.from >= from && f.to <= to);
    const commas = matchesOf(rx('gu')`,\s+(?=\p{Ll})`, clause)
      .map((m) => m.index)
      .filter((i) => !found.some((f) => f.from < i && i < f.to));
    let from = 0;
    commas.forEach((comma, k) => {
      const next = commas[k + 1] ?? clause.length;
      if (dated(from, comma) && dated(comma, next)) {
        out.push(tidy(clause.slice(from, comma)));
        from = comma + 1;
      }
    });
    out.push(tidy(clause.slice(from)));
  }
  return out;
}

function recurrenceOf(text: string, grammar: Grammar): Recurrence | null {
  const named = grammar.time.recurrence.find((r) => r.re.test(text));
  if (named) return named.value;
  // "trong năm" in a one-year plan and "… và các năm tiếp theo" are ongoing work.
  const ongoing = [...grammar.time.wholeYear, ...grammar.time.openEnded].some((re) => re.test(text));
  return ongoing ? 'continuous' : null;
}

/**
 * Normalizes a timeline as written into ISO dates and a recurrence.
 * @param text the field value, e.g. "Quý I năm 2024; Báo cáo kết quả thực hiện trước 30/10/2024"
 * @param ctx the plan's year (for "Quý I", "Cả năm") and the compiled grammar
 * @param report receives a message for each date that is not on the calendar ("31/02/2024")
 * @returns the timeline; milestones are listed only when the text has more than one clause
 */
export function normalizeTimeline(text: string, ctx: TimelineContext, report: Report = () => {}): Timeline {
  const trimmed = text.trim();
  const parts = clauses(trimmed, ctx).map((clause) => ({ clause, found: periods(clause, ctx, report) }));
  const strong = parts.some((p) => p.found.some((f) => !f.weak));
  const kept = parts.map(({ clause, found }) => ({ clause, found: strong ? found.filter((f) => !f.weak) : found }));
  const milestones = kept.map(({ clause, found }) => ({ text: clause, end: latest(found.map((p) => p.end)) }));
  const all = kept.flatMap((p) => p.found);
  return {
    text: trimmed,
    start: earliest(all.map((p) => p.start)),
    end: latest(all.map((p) => p.end)),
    recurrence: recurrenceOf(trimmed, ctx.grammar),
    milestones: milestones.length > 1 ? milestones : [],
  };
}

const citedTitles = new WeakMap<Grammar, RegExp>();

/** A document kind written with its capital, as a cited title starts: "Đề án phát triển … đến năm 2030". */
function citedTitle(grammar: Grammar): RegExp {
  let re = citedTitles.get(grammar);
  if (!re) {
    re = compileRegExp(`(?<![\\p{L}])(?:${alternation(grammar.kinds.map((k) => k.label))})(?![\\p{L}])`, 'u');
    citedTitles.set(grammar, re);
  }
  return re;
}

/**
 * The deadline a task writes inside its own sentence ("… phấn đấu đến năm 2030 đạt …",
 * "… trước ngày 06 tháng 12 năm 2025"), for a task no field gives a timeline; frequencies and
 * manner ("định kỳ hằng tháng", "kịp thời") are none, and so is a period in a cited title
 * ("xây dựng: Đề án phát triển du lịch biển Việt Nam đến năm 2030"): a clause that names a
 * document before the phrase.
 * @returns the phrases as written, joined by "; " when several differ, or null
 */
export function deadlinePhrase(text: string, grammar: Grammar): string | null {
  const phrases = new Map<string, string>();
  for (const re of grammar.time.deadlinePhrases) {
    for (const m of matchesOf(re, text)) {
      const clause = text.slice(0, m.index).split(/[;:]|\.\s/u).at(-1)!;
      if (citedTitle(grammar).test(clause)) continue;
      phrases.set(m[0].toLowerCase(), phrases.get(m[0].toLowerCase()) ?? m[0]);
    }
  }
  return phrases.size ? [...phrases.values()].join('; ') : null;
}
