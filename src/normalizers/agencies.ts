/**
 * Field values into bodies, by the contract's agency rule: split at ";", line and
 * bullet breaks, commas that separate bodies and "và" between two bodies — never
 * inside a fixed phrase or a name ("Các cơ quan, đơn vị có liên quan", "Văn phòng
 * HĐND và UBND huyện", "Phòng Văn hóa và Thông tin"); a description after a body
 * ("Phòng Văn hóa và Thông tin hướng dẫn nghiệp vụ") is not part of its name.
 */
import { escapeRegExp, type Grammar } from '../grammar/compile.js';
import type { Agency } from '../schema/output.js';
import { normalizeTone } from './tone.js';
import { lastWord, wordCount } from '../cleanse/inline.js';
import { rx } from '../grammar/pattern.js';
import { memo } from '../model/memo.js';

// The fixed phrases as one pattern, per grammar.
const fixedPatterns = new WeakMap<Grammar, RegExp | null>();

function fixedPhrases(grammar: Grammar): RegExp | null {
  let re = fixedPatterns.get(grammar);
  if (re === undefined) {
    const phrases = [...grammar.agencies.fixedPhrases].sort((a, b) => b.length - a.length).map((p) => escapeRegExp(p).replace(/\\?\s+/gu, '\\s+'));
    re = phrases.length ? new RegExp(`(?:${phrases.join('|')})`, 'giu') : null;
    fixedPatterns.set(grammar, re);
  }
  return re;
}

/** Whether a string starts with the name of a body ("Phòng …", "UBND …", "các cơ quan …"). */
export function startsWithBody(s: string, grammar: Grammar): boolean {
  return grammar.agencies.headNounStart.test(s);
}

const PLACEHOLDER = /\uE000(\d+)\uE001/gu;
const trimName = (s: string) => s.replace(/^[\s\-–—+•*:,]+/u, '').replace(/[\s.;:,]+$/u, '').trim();

// A unit with its own name, however the unit noun is cased: "Phòng Tư pháp", "phòng Tư pháp".
const UNIT = rx('u')`^([Pp]hòng|[Ss]ở|[Bb]an|[Vv]ăn phòng)\s+\p{Lu}`;

// Unit nouns whose name can be shared by a list: "Công chức Tài chính – Kế toán, Văn hóa – Xã hội".
const SHARED_HEAD = rx('u')`^(Công chức|Phòng|Sở|Ban|Bộ|Trung tâm|Chi cục|Cục)\s+\p{Lu}`;

/** A body as written, and the unit noun a list left out of it ("Tài chính" in "phòng Tư pháp, Tài chính"). */
interface Named {
  name: string;
  head?: string;
}

function splitPart(part: string, grammar: Grammar): Named[] {
  const fixed = fixedPhrases(grammar);
  const saved: string[] = [];
  let s = part.replace(/HĐND\s*(?:[Vv]à|&|-)\s*UBND/gu, (m) => `\uE000${saved.push(m) - 1}\uE001`);
  if (fixed) s = s.replace(fixed, (m) => `\uE000${saved.push(m) - 1}\uE001`);
  // An inline bullet before a body ("UBND cấp xã - Các cơ quan liên quan") separates two; a dash inside a name does not.
  // So does a capital "Các" inside a value: cell lines joined without their break ("… UBND huyện Các cơ quan liên quan").
  const pieces = s.split(rx('u')`(\s[-–+•]\s+(?=\S)|\s(?=Các\s\p{Ll}))`);
  const groups: string[] = [pieces[0]!];
  for (let i = 2; i < pieces.length; i += 2) {
    if (startsWithBody(pieces[i]!, grammar)) groups.push(pieces[i]!);
    else groups[groups.length - 1] += pieces[i - 1]! + pieces[i]!;
  }
  return groups.flatMap((seg) => splitBodies(seg, saved, grammar));
}

const restoreAll = (t: string, saved: string[]) => t.replace(PLACEHOLDER, (_m, i: string) => saved[Number(i)]!);

function splitBodies(text: string, saved: string[], grammar: Grammar): Named[] {
  let s = text;
  // "Các phòng, ngành chức năng của UBND huyện: Văn phòng …, Thanh tra huyện": the bodies listed after the colon;
  // but members that are no body on their own ("Các Bộ: Quốc phòng, Công an", "UBND các xã: Gia Thuận, Tân Điền")
  // stay the one body written.
  const colon = /^(?:Các|các)\s[^:]{0,80}:\s*(\S.*)$/u.exec(s) ?? /^[^:]{0,80}\scác\s[^:]{0,20}:\s*(\S.*)$/u.exec(s);
  if (colon) {
    const members = colon[1]!.split(/,\s*|\s+và\s+/u).filter(Boolean);
    if (!members.every((m) => startsWithBody(restoreAll(m, saved), grammar))) return [{ name: trimName(restoreAll(s, saved)) }];
    s = colon[1]!;
  }
  const desc = grammar.agencies.descriptionStart.exec(` ${s}`);
  if (desc) s = s.slice(0, Math.max(0, desc.index - 1));
  if (!s.trim()) return [];
  // "Và" too: OCR and title-cased lists write it with a capital ("Sở Tài chính Và các cơ quan …").
  const tokens = s.split(/(,\s*|\s+[Vv]à\s+|\s*&\s+)/u);
  const restore = (t: string) => restoreAll(t, saved);
  const out: string[] = [restore(tokens[0]!)];
  const heads: (string | undefined)[] = [undefined];
  const shared = SHARED_HEAD.exec(out[0]!);
  let unit = UNIT.exec(out[0]!)?.[1];
  for (let i = 2; i < tokens.length; i += 2) {
    const seg = restore(tokens[i]!);
    const sep = tokens[i - 1]!;
    // "phòng Tư pháp, Tài chính, Văn hóa - TT": after a unit, a short capitalized name is the next unit of the list.
    if (unit && /,/u.test(sep) && rx('u')`^\p{Lu}`.test(seg) && wordCount(seg) <= 5 && !startsWithBody(seg, grammar) && shared?.[1] !== 'Công chức') {
      out.push(seg);
      heads[out.length - 1] = unit;
      continue;
    }
    unit = UNIT.exec(seg)?.[1];
    // "của UBND huyện và UBND cấp xã": both bodies are governed by "của", inside one name.
    const possessive = /[Vv]à/u.test(sep) && / của /u.test(out[out.length - 1]!);
    // "Công chức Tài chính – Kế toán, Văn phòng – Thống kê": a civil servant's field titles share "Công chức".
    if (shared?.[1] === 'Công chức' && rx('u')`^\p{Lu}[^,]*\s[-–]\s\p{Lu}`.test(seg) && !seg.startsWith('Công chức')) out.push(`${shared[1]} ${seg}`);
    else if ((startsWithBody(seg, grammar) || UNIT.test(seg)) && !possessive) out.push(seg);
    else if (shared && rx('u')`^\p{Lu}`.test(seg) && /\s[-–]\s/u.test(seg)) out.push(`${shared[1]} ${seg}`);
    // Not a new body: the separator was inside one name ("Các cơ quan, đơn vị").
    else out[out.length - 1] += restore(sep) + seg;
  }
  return out.map((name, i) => ({ name: trimName(name), head: heads[i] })).filter((n) => n.name);
}

function splitNamed(value: string, grammar: Grammar): Named[] {
  return value
    .normalize('NFC')
    .split(/\s*;\s*/u)
    .flatMap((p) => unwrapped(p.split(/\s*\n\s*/u), grammar))
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) => splitPart(p, grammar));
}

/**
 * A value's lines, a line broken inside a name joined to the next: one that ends on a unit noun
 * alone ("Sở Nội vụ, Sở" ⏎ "Giáo dục và Đào tạo"), a word that ends no name ("và", "của") or a comma.
 * Other line breaks part bodies, as cell lines and bullets do.
 */
function unwrapped(lines: string[], grammar: Grammar): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    if (prev !== undefined && (/,$/u.test(prev) || grammar.nonFinalWords.has(lastWord(prev)) || endsOnUnitNoun(prev, grammar))) out[out.length - 1] = `${prev} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Whether a line ends on a unit noun whose name is still to come: "Cơ quan chủ trì: Sở Nội vụ, Sở". */
export function endsOnUnitNoun(line: string, grammar: Grammar): boolean {
  const last = line.split(/[,:]\s*|\s+[Vv]à\s+/u).pop()!.trim();
  return grammar.agencies.namedHeadNouns.includes(last);
}

/** Splits a field value into the bodies it names, each as written. */
export function splitAgencies(value: string, grammar: Grammar): string[] {
  return [...new Set(splitNamed(value, grammar).map((n) => n.name))];
}

/** The canonical form of a body's name: abbreviations expanded, one dash form, one tone convention. */
export function canonicalAgency(name: string, grammar: Grammar): string {
  let s = normalizeTone(name.normalize('NFC'))
    .replace(/\s*[-–—‐]\s*/gu, ' - ')
    .replace(/\s+/gu, ' ')
    .trim();
  s = grammar.agencies.expandAbbreviations(s);
  s = s.replace(/\s*&\s*|\s+Và\s+/gu, ' và ').replace(/\s+/gu, ' ').trim();
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}

/**
 * Field values to agency records, for one document: split, then each with its canonical name.
 * A plan names the same few bodies task after task, so each value is split, and each name made
 * canonical, once (the memos go with the reader, and with them the document's strings).
 */
export function agencyReader(grammar: Grammar): (values: string[]) => Agency[] {
  const split = memo((value) => splitNamed(value, grammar));
  const canonical = memo((name) => canonicalAgency(name, grammar));
  return (values) => {
    const seen = new Set<string>();
    const out: Agency[] = [];
    for (const { name, head } of values.flatMap(split)) {
      if (seen.has(name)) continue;
      seen.add(name);
      // The canonical name puts back the unit noun a list shared: "Tài chính" → "Phòng Tài chính".
      out.push({ name, canonical: canonical(head ? `${head[0]!.toUpperCase()}${head.slice(1)} ${name}` : name) });
    }
    return out;
  };
}

/** Field values to agency records (one call; see agencyReader for a document's many). */
export const toAgencies = (values: string[], grammar: Grammar): Agency[] => agencyReader(grammar)(values);
