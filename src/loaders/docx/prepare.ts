/**
 * Rewrites word/document.xml before mammoth reads it, putting into the text
 * what Word draws but mammoth drops: list labels from numbering.xml as a
 * leading run ("II. ", "a) ", "- "), legacy-font runs (TCVN3, VNI) converted
 * to Unicode, and bold that comes from a paragraph or character style made
 * explicit, so the HTML carries <strong> wherever Word shows bold.
 */
import { XMLSerializer } from '@xmldom/xmldom';
import { legacyFontEncoding, convertLegacy, type LegacyEncoding } from '../../cleanse/legacy-encoding.js';
import { child, flag, fontOf, val, type XmlDocument, type XmlElement } from './xml.js';
import { numberingOf, type Styles } from './styles.js';
import type { Numbering } from './numbering.js';

export interface Prepared {
  xml: string;
  /** Legacy encodings met in runs, with how many runs each. */
  converted: Map<LegacyEncoding, number>;
}

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function ensureRPr(doc: XmlDocument, run: XmlElement): XmlElement {
  let rPr = child(run, 'w:rPr');
  if (!rPr) {
    rPr = doc.createElementNS(W_NS, 'w:rPr');
    run.insertBefore(rPr, run.firstChild);
  }
  return rPr;
}

/** The run a list label goes in: plain text, formatted like the paragraph's first run. */
function labelRun(doc: XmlDocument, p: XmlElement, label: string): XmlElement {
  const run = doc.createElementNS(W_NS, 'w:r');
  const firstRun = p.getElementsByTagName('w:r')[0];
  const rPr = child(firstRun, 'w:rPr');
  if (rPr) run.appendChild(rPr.cloneNode(true));
  const t = doc.createElementNS(W_NS, 'w:t');
  t.setAttribute('xml:space', 'preserve');
  t.appendChild(doc.createTextNode(`${label} `));
  run.appendChild(t);
  return run;
}

/** Applies labels, legacy-font conversion and style bold to a parsed document.xml. */
export function prepareDocument(doc: XmlDocument, styles: Styles, numbering: Numbering): Prepared {
  const converted = new Map<LegacyEncoding, number>();
  // A text box puts paragraphs inside a paragraph's runs: visit each run once, or TCVN3 text converts twice.
  const seen = new Set<XmlElement>();
  const paragraphs = doc.getElementsByTagName('w:p');
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const pPr = child(p, 'w:pPr');
    const pStyleId = val(pPr, 'w:pStyle');
    const pStyle = styles.resolve(pStyleId);
    const ref = numberingOf(pPr) ?? pStyle.numbering;
    if (ref && ref.numId !== '0') {
      const label = numbering.next(ref, pStyleId);
      if (label) p.insertBefore(labelRun(doc, p, label), pPr ? pPr.nextSibling : p.firstChild);
    }
    const runs = p.getElementsByTagName('w:r');
    for (let j = 0; j < runs.length; j++) {
      const run = runs[j]!;
      if (seen.has(run)) continue;
      seen.add(run);
      const rPr = child(run, 'w:rPr');
      const rStyle = styles.resolve(val(rPr, 'w:rStyle'));
      const font = fontOf(rPr) ?? rStyle.font ?? pStyle.font;
      const bold = flag(rPr, 'w:b') ?? rStyle.bold ?? pStyle.bold;
      if (bold && flag(rPr, 'w:b') === undefined) ensureRPr(doc, run).appendChild(doc.createElementNS(W_NS, 'w:b'));
      const legacy = legacyFontEncoding(font);
      if (!legacy) continue;
      const texts = run.getElementsByTagName('w:t');
      for (let k = 0; k < texts.length; k++) {
        const t = texts[k]!;
        t.textContent = convertLegacy(t.textContent ?? '', legacy.encoding, legacy.upper);
      }
      converted.set(legacy.encoding, (converted.get(legacy.encoding) ?? 0) + 1);
    }
  }
  return { xml: new XMLSerializer().serializeToString(doc), converted };
}
