/**
 * Small helpers over @xmldom/xmldom for WordprocessingML parts: parse, find
 * children by qualified name, read `w:val`-style attributes and on/off flags.
 */
import { DOMParser } from '@xmldom/xmldom';
import { LoadError } from '../types.js';

// xmldom types its nodes with the DOM lib's interfaces.
export type XmlElement = globalThis.Element;
export type XmlDocument = globalThis.Document;

/** Parses one XML part; throws LoadError naming the part when it is not well-formed. */
export function parseXml(text: string, part: string): XmlDocument {
  let failed = false;
  const doc = new DOMParser({ errorHandler: { fatalError: () => { failed = true; } } }).parseFromString(text, 'text/xml');
  if (failed || !doc.documentElement) throw new LoadError(`${part} is not well-formed XML`);
  return doc;
}

/** The element children of `el` named `name` (e.g. "w:p"). */
export function children(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as XmlElement).nodeName === name) out.push(c as XmlElement);
  return out;
}

/** The first element child named `name`, or null. */
export function child(el: XmlElement | null | undefined, name: string): XmlElement | null {
  if (!el) return null;
  for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (c as XmlElement).nodeName === name) return c as XmlElement;
  return null;
}

/** The `w:val` (or another) attribute of the child `name`, or undefined. */
export function val(el: XmlElement | null | undefined, name: string, attr = 'w:val'): string | undefined {
  const c = child(el, name);
  return c?.hasAttribute(attr) ? c.getAttribute(attr) ?? undefined : undefined;
}

/** An on/off property such as `<w:b/>` or `<w:b w:val="0"/>`; undefined when absent. */
export function flag(el: XmlElement | null | undefined, name: string): boolean | undefined {
  const c = child(el, name);
  if (!c) return undefined;
  const v = c.getAttribute('w:val');
  return !(v === '0' || v === 'false' || v === 'off');
}

/** The font a `w:rPr` names for Latin text, or undefined. */
export function fontOf(rPr: XmlElement | null | undefined): string | undefined {
  const f = child(rPr, 'w:rFonts');
  return f?.getAttribute('w:ascii') || f?.getAttribute('w:hAnsi') || undefined;
}
