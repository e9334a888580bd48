/**
 * What word/styles.xml says about paragraphs and runs, resolved through
 * `w:basedOn`: bold, font, and list numbering a paragraph style carries.
 */
import { child, children, flag, fontOf, val, type XmlDocument, type XmlElement } from './xml.js';

export interface NumberingRef {
  numId: string;
  /** The list level; absent when a style names the list and its level says which style it serves. */
  ilvl?: number;
}

interface StyleProps {
  bold?: boolean;
  font?: string;
  numbering?: NumberingRef;
}

export interface Styles {
  /** Effective properties of a paragraph or character style (defaults included). */
  resolve(styleId: string | undefined): StyleProps;
}

/** The numbering a `w:pPr` (or a style's) `w:numPr` names; numId "0" removes numbering. */
export function numberingOf(pPr: XmlElement | null): NumberingRef | undefined {
  const numPr = child(pPr, 'w:numPr');
  const numId = val(numPr, 'w:numId');
  if (numId === undefined) return undefined;
  const ilvl = val(numPr, 'w:ilvl');
  return ilvl === undefined ? { numId } : { numId, ilvl: Number(ilvl) || 0 };
}

/** Reads styles.xml (or nothing, when the part is missing). */
export function readStyles(doc: XmlDocument | null): Styles {
  const own = new Map<string, StyleProps & { basedOn?: string }>();
  let defaults: StyleProps = {};
  if (doc) {
    const root = doc.documentElement!;
    const rPrDefault = child(child(child(root, 'w:docDefaults'), 'w:rPrDefault'), 'w:rPr');
    defaults = { bold: flag(rPrDefault, 'w:b'), font: fontOf(rPrDefault) };
    for (const s of children(root, 'w:style')) {
      const rPr = child(s, 'w:rPr');
      own.set(s.getAttribute('w:styleId') ?? '', {
        basedOn: val(s, 'w:basedOn'),
        bold: flag(rPr, 'w:b'),
        font: fontOf(rPr),
        numbering: numberingOf(child(s, 'w:pPr')),
      });
    }
  }
  const cache = new Map<string, StyleProps>();
  const resolve = (id: string | undefined, depth = 0): StyleProps => {
    // Depth bounds a basedOn cycle, which Word does not forbid in the file.
    if (!id || depth > 20) return defaults;
    const hit = cache.get(id);
    if (hit) return hit;
    const s = own.get(id);
    const base = s ? resolve(s.basedOn, depth + 1) : defaults;
    const props: StyleProps = {
      bold: s?.bold ?? base.bold,
      font: s?.font ?? base.font,
      numbering: s?.numbering ?? base.numbering,
    };
    cache.set(id, props);
    return props;
  };
  return { resolve: (id) => resolve(id) };
}
