/**
 * Text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI, to
 * Unicode NFC: by font name where the source names fonts (DOCX runs), by
 * content where it does not (plain text, HTML). Decomposed Unicode (NFD) is
 * composed too. Idempotent on Unicode text.
 */
import type { Reporter } from '../model/report.js';
import { COMMON_WORDS, TCVN3_HIGH, VNI_ENTRIES } from './legacy-tables.js';
import { compileRegExp, countOf, rx } from '../grammar/pattern.js';

export type LegacyEncoding = 'tcvn3' | 'vni';

const VNI = new Map(VNI_ENTRIES.map((e) => [e.slice(0, -1), e.slice(-1)]));
// Longest spellings first, so "ôø" (ờ) wins over "ô" (ơ).
const VNI_RE = new RegExp([...VNI.keys()].sort((a, b) => b.length - a.length).join('|'), 'gu');

/** Converts TCVN3 text (bytes read as Latin-1); `upper` for the capitals-only fonts (.VnTimeH). */
export function convertTcvn3(s: string, upper = false): string {
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    out += code >= 0xa1 && code <= 0xff ? TCVN3_HIGH[code - 0xa1] : ch;
  }
  out = out.normalize('NFC');
  return upper ? out.toUpperCase() : out;
}

/** Converts VNI text (bytes read as Windows-1252). */
export function convertVni(s: string): string {
  return s.replace(VNI_RE, (m) => VNI.get(m) ?? m).normalize('NFC');
}

// Letters no legacy 8-bit text holds: their presence means the text is Unicode already.
const VIETNAMESE_ONLY = /[ăđơưĂĐƠƯ\u1ea0-\u1ef9]/gu;

/** Converts text in the given legacy encoding; text that already has Vietnamese-only letters is Unicode and stays. */
export function convertLegacy(s: string, encoding: LegacyEncoding, upper = false): string {
  if (s.search(VIETNAMESE_ONLY) >= 0) return s;
  return encoding === 'tcvn3' ? convertTcvn3(s, upper) : convertVni(s);
}

/**
 * The legacy encoding a font implies: ".VnTime", ".VnArialH" → TCVN3 (an "H"
 * ending means capitals only); "VNI-Times", "VNI Helve" → VNI; else null.
 */
export function legacyFontEncoding(font: string | undefined | null): { encoding: LegacyEncoding; upper: boolean } | null {
  if (!font) return null;
  const name = font.trim();
  if (/^\.vn/iu.test(name)) return { encoding: 'tcvn3', upper: /^\.Vn\w*?H$/u.test(name) };
  if (/^vni[- ]/iu.test(name)) return { encoding: 'vni', upper: false };
  return null;
}

const LATIN1_HIGH = /[\u00a1-\u00ff]/gu;
const WORD_RE = compileRegExp(`(?<![\\p{L}])(?:${COMMON_WORDS.join('|')})(?![\\p{L}])`, 'giu');

const commonWords = (s: string) => s.match(WORD_RE)?.length ?? 0;

/** How much of a text the detection reads: its start is enough, and a long text costs no more. */
export const LEGACY_SAMPLE_CHARS = 20_000;

/**
 * Which legacy encoding a text is in, or null: text without Vietnamese-only
 * letters but with many Latin-1 letters, where one decoding yields common
 * Vietnamese words and clearly more of them than reading it as it is.
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  const sample = text.slice(0, LEGACY_SAMPLE_CHARS);
  const high = countOf(LATIN1_HIGH, sample);
  // Unicode Vietnamese, the usual case, is told by its own letters before anything else is counted.
  if (high < 20 || countOf(VIETNAMESE_ONLY, sample) > high * 0.1) return null;
  if (high < countOf(rx('gu')`\p{L}`, sample) * 0.02) return null;
  const asIs = commonWords(sample.normalize('NFC'));
  const tcvn3 = commonWords(convertTcvn3(sample));
  const vni = commonWords(convertVni(sample));
  const best = Math.max(tcvn3, vni);
  if (best < 3 || best < 2 * asIs) return null;
  return tcvn3 >= vni ? 'tcvn3' : 'vni';
}

const NAMES: Record<LegacyEncoding, string> = { tcvn3: 'TCVN3', vni: 'VNI' };

/** Reports a conversion once, as the diagnostics every loader uses for it. */
export function reportConversion(report: Reporter | undefined, encoding: LegacyEncoding, where = 'text'): void {
  report?.(`Converted ${NAMES[encoding]} ${where} to Unicode`, { ruleId: `encoding/${encoding}`, severity: 'info' });
}

/** Any text to Unicode NFC: legacy encodings detected and converted, NFD composed; says what it did. */
export function toUnicode(text: string, report?: Reporter): string {
  const encoding = detectLegacyEncoding(text);
  if (encoding) {
    reportConversion(report, encoding);
    return convertLegacy(text, encoding);
  }
  const nfc = text.normalize('NFC');
  if (nfc !== text) report?.('Normalized decomposed Unicode (NFD) text to NFC', { ruleId: 'encoding/nfd', severity: 'info' });
  return nfc;
}
