/**
 * Inline clean-up of one line of text as OCR converters and scrapers emit it:
 * Markdown emphasis and escapes, stray HTML tags and entities, LaTeX fragments,
 * odd spaces. Idempotent; the result is NFC with single spaces.
 */
import { countOf, rx } from '../grammar/pattern.js';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", ndash: '–', mdash: '—', hellip: '…' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

// "$14^{\circ} 14'$" → "14° 14'"
function latexToText(s: string): string {
  return s.replace(/\$([^$\n]{1,200})\$/gu, (_m, body: string) =>
    body
      .replace(/\^\{\\circ\}|\\circ|\^\\circ/gu, '°')
      .replace(/\\text(?:rm|bf|it)?\{([^}]*)\}/gu, '$1')
      .replace(/\\(?:%|&|_|#)/gu, (x) => x.slice(1))
      .replace(/\\(?:times)/gu, '×')
      .replace(/\\(?:leq|le)/gu, '≤')
      .replace(/\\(?:geq|ge)/gu, '≥')
      .replace(/\\[,;! ]/gu, ' ')
      .replace(/[{}^_]/gu, '')
      .replace(/\\[a-zA-Z]+/gu, ''),
  );
}

// What stripEmphasis acts on.
const EMPHASIS = /[*_\\]/u;

/** Removes Markdown emphasis markers but keeps a leading "* " bullet. */
function stripEmphasis(s: string): string {
  const bullet = /^\s*[*]\s+(?=\S)/u.exec(s);
  const head = bullet ? '* ' : '';
  let body = bullet ? s.slice(bullet[0].length) : s;
  body = body
    .replace(/\*{2,}|_{2,}(?=\S)|(?<=\S)_{2,}/gu, '')
    .replace(/(?<=\S)\*|\*(?=\S)/gu, '')
    // An italic label closed after its colon's space: "*Đơn vị chủ trì thực hiện: *".
    .replace(/(?<=:)\s+\*+\s*$/u, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/gu, '$1');
  return head + body;
}

/** Replaces HTML tags: list items and line breaks become "\n", the rest disappears. */
export function htmlTagsToText(s: string): string {
  return s
    .replace(/<\s*br\s*\/?>/giu, '\n')
    .replace(/<\s*li\b[^>]*>/giu, '\n')
    .replace(/<\s*\/?\s*(?:ul|ol|p|div)\b[^>]*>/giu, '\n')
    .replace(/<\/?[a-z][^<>]{0,300}>/giu, '');
}

/** How many words a text has. */
export const wordCount = (s: string): number => s.split(/\s+/u).filter(Boolean).length;

const LETTER = rx('u')`\p{L}`;

/** A text's last word, lower case. Scanned from the end: a pattern anchored at $ is retried from every position of a long line. */
export function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && !LETTER.test(s[end - 1]!)) end--;
  let start = end;
  while (start > 0 && LETTER.test(s[start - 1]!)) start--;
  return s.slice(start, end).toLowerCase();
}

/** How many letters a text has: a scanner's speck ("š", "Â Â") has one or two. */
export const letterCount = (s: string): number => countOf(rx('gu')`\p{L}`, s);

/** Whether text is written in capitals: nothing in lower case, and a run of `run` (2 or 3) capitals. */
export const inCapitals = (s: string, run: 2 | 3 = 2): boolean =>
  s === s.toUpperCase() && (run === 2 ? rx('u')`\p{Lu}{2}` : rx('u')`\p{Lu}{3}`).test(s);

// White space other than single plain spaces: only a text holding some needs the replace below.
const ODD_SPACE = /[^\S ]|\u200b| {2}/u;

/** Collapses every run of white space (NBSP, zero-width, tabs) to one space and trims. */
export function collapseSpaces(s: string): string {
  return ODD_SPACE.test(s) ? s.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu, ' ').trim() : s.trim();
}

// Markdown links and images keep their text only; "> " quotes and HTML comments go.
function stripMarkdownSyntax(s: string): string {
  let out = s.includes('<!--') ? s.replace(/<!--.*?-->/gu, ' ') : s;
  if (out.includes('](')) out = out.replace(/!\[[^\]]*\]\([^)]*\)/gu, ' ').replace(/\[([^\]]+)\]\((?:[^)\s]+)(?:\s+"[^"]*")?\)/gu, '$1');
  return out.replace(/^\s{0,3}>\s?/u, '');
}

// A footnote marker a scrape glued to the word it annotates: "Chính phủ[2], Bộ Y tế[3]", "kế hoạch[1] để".
const FOOTNOTE = rx('gu')`(?<=[\p{L}\p{N}.,;:)”"])\[\d{1,3}\](?!\()`;

// A character that one of the clean-ups below acts on; most lines hold none and skip them all.
const MARKUP = /[<>&$*_\\[\u0000-\u0008\u000b-\u001f\u007f]/u;

/** Cleans one line: NFC, entities, LaTeX, Markdown links, HTML tags, emphasis, spaces. */
export function cleanInline(line: string): string {
  const nfc = line.normalize('NFC');
  if (!MARKUP.test(nfc)) return collapseSpaces(nfc);
  // Each clean-up runs only where the character it needs is there: a bold heading needs one of eight.
  let s = stripMarkdownSyntax(nfc);
  if (s.includes('[')) s = s.replace(FOOTNOTE, '');
  s = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/gu, ' ');
  if (s.includes('&')) s = decodeEntities(s);
  if (s.includes('$')) s = latexToText(s);
  if (s.includes('<')) s = htmlTagsToText(s).replace(/\n/gu, ' ');
  if (EMPHASIS.test(s)) s = stripEmphasis(s);
  return collapseSpaces(s);
}

/** Cleans a table cell, keeping its internal lines (list items, <br>) as "\n"-separated lines. */
export function cleanCell(cell: string): string {
  let s = cell.normalize('NFC');
  if (s.includes('&')) s = decodeEntities(s);
  if (s.includes('<')) s = htmlTagsToText(s);
  return s
    .split('\n')
    .map((l) => cleanInline(l))
    .filter(Boolean)
    .join('\n');
}
