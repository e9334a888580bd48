/**
 * Compiles validated grammar files into the regular expressions and lookup
 * tables the extractors use. Compiled once per process per grammar set.
 */
import { exampleText, type GrammarFiles, type PatternSpec } from '../schema/grammar.js';
import { loadGrammarFiles } from './load.js';
import { compileRegExp } from './pattern.js';
import { bareKey, normalizeTone, withoutMarks } from '../normalizers/tone.js';

type Named<K extends string, V> = { [P in K]: V } & { re: RegExp };

export interface Grammar {
  headings: Named<'name', GrammarFiles['headings.yaml']['schemes'][number]['name']>[];
  /** Item labels run into a paragraph ("… gồm: (1) Chủ trì …; (2) …"), global: every one in a text. */
  runIn: RegExp[];
  /** Field labels; `examples` are the grammar's own, the wordings a misread header is compared with. */
  fields: (Named<'key', GrammarFiles['fields.yaml']['fields'][number]['key']> & { examples: readonly string[] })[];
  /** The grammar's own wordings (section titles, field labels, names), one per line: spellings a scan's misread words are compared with. */
  wordings: string;
  /** Section classes; `bare` is the pattern without tone marks, for titles a scan misread ("TÔ CHỨC THỰC HIỆN"). */
  sections: (Named<'class', GrammarFiles['sections.yaml']['classes'][number]['class']> & { bare: RegExp })[];
  kinds: (GrammarFiles['document-kinds.yaml']['kinds'][number] & { re: RegExp })[];
  /** Words that end a document cited by its title. */
  titleEnds: string[];
  /** Words after a kind that are no title ("Luật chuyên ngành"). */
  notTitles: string[];
  agencies: {
    /** Expands every abbreviation in a text: "Phòng NN&PTNT" → "Phòng Nông nghiệp và Phát triển nông thôn". */
    expandAbbreviations: (text: string) => string;
    headNouns: string[];
    /** Nouns a body's name follows ("Sở", "Phòng", "Bộ"): alone, they name no body yet. */
    namedHeadNouns: string[];
    /** Matches a body's head noun at the start of a string ("Phòng …", "UBND …", "Báo Bình Định", "các cơ quan …"). */
    headNounStart: RegExp;
    fixedPhrases: string[];
    descriptionStart: RegExp;
    issuerByCode: Map<string, string>;
    /** Issuer codes written with the legislature's number after them: "QH" of "QH15". */
    termCodes: Set<string>;
    /** Gives the grammar's proper names their casing back in a sentence-cased text: "giáo dục và đào tạo" → "Giáo dục và Đào tạo". */
    properCase: (text: string) => string;
    /** The province or city after "tỉnh" / "thành phố" spelled as the grammar does when only its marks differ (OCR). */
    mendPlaces: (text: string) => string;
    /** An abbreviation in capitals run into the word after it, as OCR reads "UBND cấp": "UBNDcấp" (the abbreviation captured). */
    gluedAbbreviation: RegExp | null;
  };
  time: {
    recurrence: { value: GrammarFiles['time.yaml']['recurrence'][number]['value']; re: RegExp }[];
    wholeYear: RegExp[];
    openEnded: RegExp[];
    startMarkers: RegExp[];
    deadlineClauses: RegExp[];
    relativeYears: RegExp[];
    deadlinePhrases: RegExp[];
    periodTitles: RegExp[];
  };
  roles: {
    /** A verb that hands work to the body after it, at a clause's start: "Giao Sở Nội vụ", "Đề nghị …". */
    assigning: RegExp;
    /** A clause before the body: what its duty rests on or when it starts ("Căn cứ Kế hoạch này, …", "Sau khi …, …"). */
    leadingClause: RegExp;
    /** Where a body's duty starts after its name: " chỉ đạo", " khẩn trương", " theo chức năng". */
    dutyStart: RegExp;
    /** A person named with an honorific, then a post ("Bà Nguyễn Thị Hoa - Phó Chủ tịch …"): a member listed. */
    person: RegExp;
  };
  nonFinalWords: Set<string>;
  /** Matches an action verb at the start of a statement. */
  actionStart: RegExp;
  /** Matches a product noun at the start of a line. */
  productStart: RegExp;
  header: Map<GrammarFiles['header.yaml']['patterns'][number]['name'], RegExp[]>;
}

/** Compiles one pattern spec: case-insensitive and Unicode unless it says otherwise. */
export function compilePattern(spec: Pick<PatternSpec, 'pattern' | 'caseSensitive'>): RegExp {
  return compileRegExp(spec.pattern, spec.caseSensitive ? 'u' : 'iu');
}

/** Compiles one pattern spec to find every match in a text (global), otherwise as compilePattern. */
const compileGlobalPattern = (spec: Pick<PatternSpec, 'pattern' | 'caseSensitive'>): RegExp => compileRegExp(spec.pattern, spec.caseSensitive ? 'gu' : 'giu');

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Alternation of literal words, longest first so a longer phrase wins over its prefix. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
}

/** How an abbreviation is keyed: one tone convention, one dash form ("Văn hoá–TT" = "Văn hóa - TT"). */
const abbreviationKey = (s: string): string => normalizeTone(s).replace(/\s*[-–—‐]\s*/gu, ' - ');

/**
 * One pass per case rule, longest form first, so "Nông nghiệp - PTNT" is expanded as a whole
 * rather than its "PTNT". Forms of several words ("Văn hóa - TT") match whatever their case;
 * a dash matches any dash, spaced or not.
 */
function abbreviationExpander(list: readonly { abbr: string; expansion: string }[]): (text: string) => string {
  const passes = [true, false].map((multiWord) => {
    const entries = list.filter((a) => /\s/u.test(a.abbr) === multiWord).map((a) => ({ key: abbreviationKey(a.abbr), expansion: a.expansion }));
    const fold = (s: string) => (multiWord ? abbreviationKey(s).toLowerCase() : abbreviationKey(s));
    const expansions = new Map(entries.map((a) => [fold(a.key), a.expansion]));
    const forms = entries
      .map((a) => a.key)
      .sort((a, b) => b.length - a.length)
      .map((k) => escapeRegExp(k).replaceAll(' - ', '\\s*[-–—‐]\\s*'));
    const re = compileRegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, multiWord ? 'giu' : 'gu');
    return (s: string) => (forms.length ? s.replace(re, (m) => expansions.get(fold(m)) ?? m) : s);
  });
  return (text) => passes.reduce((s, pass) => pass(s), text);
}

/** Replaces each of the names, found whatever their case and dash, with the name as written in the list. */
function properCaser(names: readonly string[]): (text: string) => string {
  if (!names.length) return (text) => text;
  const key = (s: string) => abbreviationKey(s).toLowerCase();
  const byKey = new Map(names.map((n) => [key(n), abbreviationKey(n)]));
  const forms = [...byKey.values()].sort((a, b) => b.length - a.length).map((n) => escapeRegExp(n).replaceAll(' - ', '\\s*[-–—‐]\\s*'));
  const re = compileRegExp(`(?<![\\p{L}])(?:${forms.join('|')})(?![\\p{L}])`, 'giu');
  return (text) => text.replace(re, (m) => byKey.get(key(m)) ?? m);
}

// The level words before a place, by their letters without marks: OCR misreads "tỉnh" as "tính" too.
const LEVELS = new Map([['tinh', 'tỉnh'], ['thanh pho', 'thành phố']]);

function placeMender(places: readonly string[]): (text: string) => string {
  if (!places.length) return (text) => text;
  const byKey = new Map(places.map((n) => [bareKey(n), n]));
  const longest = Math.max(...places.map((n) => n.split(' ').length));
  const level = compileRegExp('(?<![\\p{L}])(t\\p{L}nh|th\\p{L}nh\\s+ph\\p{L})\\s+', 'giu');
  return (text) => {
    let out = '';
    let from = 0;
    for (const m of text.matchAll(level)) {
      const proper = LEVELS.get(bareKey(m[1]!));
      if (!proper || m.index < from) continue;
      const start = m.index + m[0].length;
      // A place name is a few words: look no further than the longest one could reach.
      const words = text.slice(start, start + 16 * longest).split(' ');
      for (let n = Math.min(longest, words.length); n >= 2; n--) {
        const written = words.slice(0, n).join(' ').replace(/[,.;:]+$/u, '');
        const name = byKey.get(bareKey(written));
        if (!name) continue;
        // The same name in the other tone convention ("Thanh Hoá") stays as written; a misread level word is mended with it.
        const levelRead = m[1]!.toLowerCase() === proper;
        if (!levelRead || normalizeTone(name) !== normalizeTone(written)) {
          const lvl = levelRead ? m[1]! : m[1]![0] === m[1]![0]!.toUpperCase() ? proper[0]!.toUpperCase() + proper.slice(1) : proper;
          out += `${text.slice(from, m.index)}${lvl}${m[0].slice(m[1]!.length)}${normalizeTone(name) === normalizeTone(written) ? written : name}`;
          from = start + written.length;
        }
        break;
      }
    }
    return out + text.slice(from);
  };
}

/** The abbreviations of three or more capitals, each followed straight by a lower-case letter. */
function gluedAbbreviation(abbrs: readonly string[]): RegExp | null {
  const caps = abbrs.filter((a) => a.length >= 3 && a === a.toUpperCase() && compileRegExp('^\\p{Lu}+$').test(a));
  return caps.length ? compileRegExp(`^(${alternation(caps)})(?=\\p{Ll})`, 'u') : null;
}

function compile(files: GrammarFiles): Grammar {
  const ag = files['agencies.yaml'];
  const header = new Map<Grammar['header'] extends Map<infer K, unknown> ? K : never, RegExp[]>();
  for (const p of files['header.yaml'].patterns) header.set(p.name, [...(header.get(p.name) ?? []), compilePattern(p)]);
  return {
    headings: files['headings.yaml'].schemes.map((s) => ({ name: s.name, re: compilePattern(s) })),
    runIn: (files['headings.yaml'].runIn ?? []).map(compileGlobalPattern),
    fields: files['fields.yaml'].fields.map((f) => ({ key: f.key, re: compilePattern(f), examples: f.examples.map(exampleText) })),
    wordings: [
      ...files['sections.yaml'].classes.flatMap((c) => c.examples.map(exampleText)),
      ...files['fields.yaml'].fields.flatMap((f) => f.examples.map(exampleText)),
      ...ag.headNouns,
      ...ag.properNames,
    ].join('\n'),
    sections: files['sections.yaml'].classes.map((c) => ({ class: c.class, re: compilePattern(c), bare: compilePattern({ ...c, pattern: withoutMarks(c.pattern) }) })),
    kinds: files['document-kinds.yaml'].kinds.map((k) => ({ ...k, re: compileRegExp(`^(?:${escapeRegExp(k.label)})(?![\\p{L}])`, 'iu') })),
    titleEnds: files['document-kinds.yaml'].titleEnds,
    notTitles: files['document-kinds.yaml'].notTitles,
    agencies: {
      expandAbbreviations: abbreviationExpander(ag.abbreviations),
      headNouns: ag.headNouns,
      namedHeadNouns: ag.namedHeadNouns,
      headNounStart: compileRegExp(
        `^(?:(?:${alternation(ag.headNouns)})(?![\\p{L}])|(?:${alternation(ag.namedHeadNouns)})\\s+\\p{Lu}|[Cc]ác\\s+(?:${alternation(ag.pluralBodies)})(?![\\p{L}])${ag.codedUnits.map((c) => `|(?:${c.pattern})(?![\\p{L}\\p{N}])`).join('')})`,
        'u',
      ),
      fixedPhrases: ag.fixedPhrases,
      // A description verb after a name; "các tổ chức" is a body, not the verb "tổ chức", and "Ban chỉ đạo" a name;
      // after a comma the word is the next member of a list ("các cơ quan, tổ chức, đơn vị").
      descriptionStart: compileRegExp(`(?<!(?:^|\\s)(?:[Cc]ác|[Nn]hững|và|Ban)|,)\\s(?:${alternation(ag.descriptionStarts)})(?![\\p{L}])`, 'u'),
      issuerByCode: new Map(ag.issuerCodes.map((c) => [c.code, c.issuer])),
      termCodes: new Set(ag.issuerCodes.filter((c) => c.term).map((c) => c.code)),
      properCase: properCaser(ag.properNames),
      mendPlaces: placeMender(ag.places),
      gluedAbbreviation: gluedAbbreviation(ag.abbreviations.map((a) => a.abbr)),
    },
    time: {
      recurrence: files['time.yaml'].recurrence.map((r) => ({ value: r.value, re: compilePattern(r) })),
      wholeYear: files['time.yaml'].wholeYear.map(compilePattern),
      openEnded: files['time.yaml'].openEnded.map(compilePattern),
      startMarkers: files['time.yaml'].startMarkers.map(compilePattern),
      deadlineClauses: files['time.yaml'].deadlineClauses.map(compilePattern),
      relativeYears: files['time.yaml'].relativeYears.map(compilePattern),
      deadlinePhrases: files['time.yaml'].deadlinePhrases.map(compileGlobalPattern),
      periodTitles: files['time.yaml'].periodTitles.map(compilePattern),
    },
    roles: {
      assigning: compilePattern(files['roles.yaml'].assigning),
      leadingClause: compilePattern(files['roles.yaml'].leadingClause),
      dutyStart: compilePattern(files['roles.yaml'].dutyStart),
      person: compilePattern(files['roles.yaml'].person),
    },
    nonFinalWords: new Set(files['text.yaml'].nonFinalWords.map((w) => w.toLowerCase())),
    actionStart: compileRegExp(`^(?:${alternation(files['text.yaml'].actionVerbs)})(?![\\p{L}])`, 'iu'),
    productStart: compileRegExp(`^(?:${alternation(files['text.yaml'].productNouns)})(?![\\p{L}])`, 'iu'),
    header,
  };
}

const cache = new Map<string, Grammar>();

/** The compiled grammar: built-in files plus any user directories, cached per set. */
export function loadGrammar(extraDirs: readonly string[] = []): Grammar {
  const key = extraDirs.join('\0');
  let g = cache.get(key);
  if (!g) {
    g = compile(loadGrammarFiles(extraDirs));
    cache.set(key, g);
  }
  return g;
}

type HeaderName = Parameters<Grammar['header']['get']>[0];

/** The patterns registered under a header-grammar name (empty when none). */
export function headerPatterns(g: Grammar, name: HeaderName): RegExp[] {
  return g.header.get(name) ?? [];
}

/** The first match of a header-grammar pattern in a text, or null. */
export function headerMatch(g: Grammar, name: HeaderName, text: string): RegExpExecArray | null {
  for (const re of headerPatterns(g, name)) {
    const m = re.exec(text);
    if (m) return m;
  }
  return null;
}

/** Whether a text matches a header-grammar pattern. */
export const isHeader = (g: Grammar, name: HeaderName, text: string): boolean => headerPatterns(g, name).some((re) => re.test(text));

/** Whether a line is a tên loại alone, as a header sets it: "KẾ HOẠCH", "ĐỀ ÁN" (its trích yếu on the lines after). */
export const isKindLabel = (g: Grammar, text: string): boolean =>
  text === text.toUpperCase() && g.kinds.some((k) => text.length === k.label.length && k.re.test(text));
