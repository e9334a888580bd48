/**
 * Reads the numbering label an item starts with ("II.", "1.1.", "a)", "-", "+")
 * using the heading schemes of the grammar.
 */
import type { Grammar } from '../grammar/compile.js';
import { rx } from '../grammar/pattern.js';

export type LabelScheme = Grammar['headings'][number]['name'];

export interface LabelMatch {
  scheme: LabelScheme;
  /** The label as written, with its punctuation: "II.", "1.1.", "a)", "-". */
  label: string;
  /** The bare label: "II", "1.1", "a", "-". */
  key: string;
  /** The text after the label. */
  rest: string;
}

const BULLETS: ReadonlySet<LabelScheme> = new Set(['dash', 'plus', 'star']);

export const isBullet = (scheme: LabelScheme): boolean => BULLETS.has(scheme);

/** The parts of a legal text, highest first: Chương > Mục > Điều. */
export const LEGAL_PARTS: readonly string[] = ['chapter', 'section', 'article'] satisfies LabelScheme[];

/** Whether a numbering scheme is a part of a legal text (Chương, Mục, Điều), not an item. */
export const isLegalPart = (scheme: string | null | undefined): boolean => LEGAL_PARTS.includes(scheme ?? '');

function matchOnce(value: string, grammar: Grammar): LabelMatch | null {
  for (const { name, re } of grammar.headings) {
    const m = re.exec(value);
    if (!m?.groups) continue;
    const key = m.groups.label ?? '';
    const rest = (m.groups.rest ?? '').trim();
    const label = value.slice(0, value.length - (m.groups.rest ?? '').length).trim();
    return { scheme: name, key, label, rest };
  }
  return null;
}

/**
 * The label a paragraph starts with, or null. A bullet in front of a letter label
 * ("- h) Tổ chức …", an OCR artefact) gives the letter label.
 */
export function matchLabel(value: string, grammar: Grammar): LabelMatch | null {
  const m = matchOnce(value, grammar);
  if (m && isBullet(m.scheme)) {
    const inner = matchOnce(m.rest, grammar);
    if (inner && (inner.scheme === 'lower' || inner.scheme === 'paren')) return inner;
  }
  return m;
}

/** Whether a line opens an item with its label: a bullet counts only before a capital ("- các …" carries on). */
export function opensItem(text: string, grammar: Grammar): boolean {
  const m = matchLabel(text, grammar);
  return !!m && !(isBullet(m.scheme) && rx('u')`^\p{Ll}`.test(m.rest));
}
