/**
 * Loads HTML inputs (a saved legal-document web page): the main content only,
 * paragraphs and tables as blocks. `htmlBlocks` is the HTML → block step the
 * DOCX loader shares (mammoth's output is HTML too).
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Root } from 'hast';
import { headerPatterns, isKindLabel, type Grammar } from '../grammar/compile.js';
import type { Block, Paragraph, Position } from '../model/blocks.js';
import { isBullet, matchLabel } from '../model/labels.js';
import { cleanCell, cleanInline } from '../cleanse/inline.js';
import { decodeText } from './decode.js';
import { htmlTable, hastCellText } from './table-markup.js';
import { LoadError, type Loader } from './types.js';
import { TERMINAL } from './paragraphs.js';
import { rx } from '../grammar/pattern.js';

const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe', 'svg', 'button', 'select', 'textarea', 'form', 'menu']);
const BLOCK = new Set(['html', 'body', 'main', 'article', 'section', 'div', 'p', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'center', 'pre', 'address', 'figure', 'figcaption', 'caption', 'hr']);
const HEADING = /^h([1-6])$/u;
const CONTINUATION = rx('u')`^(?:[-–]\s*)?\p{Ll}`;
// Header and signature blocks that documents lay out as two-column tables.
const LAYOUT_PATTERNS = ['motto', 'number', 'placeDate', 'recipients', 'signaturePrefix', 'authority'] as const;

interface Piece {
  text: string;
  strong: boolean;
}

const elements = (n: Element | Root): Element[] => (n.children as ElementContent[]).filter((c): c is Element => c.type === 'element');

interface Row {
  tr: Element;
  cells: Element[];
}

/** The rows of a table and their cells, as htmlTable reads them (nested tables stay inside their cell). */
function rowsOf(table: Element): Row[] {
  const rows: Row[] = [];
  const visit = (n: Element) => {
    for (const c of elements(n)) {
      if (c.tagName === 'tr') rows.push({ tr: c, cells: elements(c).filter((td) => td.tagName === 'td' || td.tagName === 'th') });
      else if (c.tagName !== 'table') visit(c);
    }
  };
  visit(table);
  return rows;
}

/** Lays out blocks one per line of `text`, so a block's line is its line in the text. */
class Builder {
  readonly lines: string[] = [];
  readonly blocks: Block[] = [];
  private offset = 0;
  private pieces: Piece[] = [];
  private readonly layoutRes: RegExp[];

  constructor(private readonly grammar: Grammar) {
    this.layoutRes = LAYOUT_PATTERNS.flatMap((n) => headerPatterns(grammar, n));
  }

  private addLine(value: string): Position {
    const line = this.lines.push(value);
    const start = { line, column: 1, offset: this.offset };
    this.offset += value.length + 1;
    return { start, end: { line, column: value.length + 1, offset: start.offset + value.length } };
  }

  /** Whether a paragraph is the rest of the one before: "- xã hội." or "chức, công dân …" after an unfinished sentence, not "a) …". */
  private continues(value: string, prev: Block | undefined, strong: boolean): prev is Paragraph {
    if (prev?.type !== 'paragraph' || prev.strong || strong || !CONTINUATION.test(value) || TERMINAL.test(prev.value)) return false;
    const label = matchLabel(value, this.grammar);
    return !label || isBullet(label.scheme);
  }

  /** Adds a paragraph, or joins it to the one it continues (a paragraph break the author typed mid-sentence). */
  private paragraph(value: string, strong: boolean): void {
    const prev = this.blocks[this.blocks.length - 1];
    const position = this.addLine(value);
    if (this.continues(value, prev, strong)) {
      prev.value = `${prev.value} ${value}`;
      prev.position = { start: prev.position.start, end: position.end };
      return;
    }
    this.blocks.push({ type: 'paragraph', value, position, ...(strong ? { strong } : {}) });
  }

  /** Ends the inline run: its lines become paragraphs; a line joins the one before unless a blank line, a label or a header line starts it. */
  flush(): void {
    const lines: Piece[][] = [[]];
    for (const p of this.pieces) {
      p.text.split('\n').forEach((text, i) => {
        if (i > 0) lines.push([]);
        lines[lines.length - 1]!.push({ text, strong: p.strong });
      });
    }
    this.pieces = [];
    let para: Piece[] = [];
    const emit = () => {
      const value = cleanInline(para.map((p) => p.text).join(''));
      if (value) this.paragraph(value, para.filter((p) => p.text.trim()).every((p) => p.strong));
      para = [];
    };
    let blank = false;
    for (const line of lines) {
      const text = cleanInline(line.map((p) => p.text).join(''));
      // An empty line (two <br>) ends the paragraph, as between a signer's title and name.
      if (!text) {
        blank = true;
        continue;
      }
      if (para.length && (blank || matchLabel(text, this.grammar) || this.layoutRes.some((re) => re.test(text)) || this.isKindLine(para))) emit();
      else if (para.length) para.push({ text: ' ', strong: true });
      para.push(...line);
      blank = false;
    }
    emit();
  }

  /** "KẾ HOẠCH" alone before a line break: the tên loại, whose trích yếu follows on the next line. */
  private isKindLine(para: Piece[]): boolean {
    return isKindLabel(this.grammar, cleanInline(para.map((p) => p.text).join('')));
  }

  private isLayout(rows: Row[]): boolean {
    const filled = rows.map((r) => r.cells.filter((c) => cleanCell(hastCellText(c))));
    if (filled.some((r) => r.length > 2)) return false;
    if (filled.flat().length <= 1) return true;
    return filled.flat().some((c) => cleanCell(hastCellText(c)).split('\n').some((l) => this.layoutRes.some((re) => re.test(l))));
  }

  private table(el: Element): void {
    this.flush();
    const rows = rowsOf(el);
    if (!rows.length) return;
    if (this.isLayout(rows)) {
      for (const cell of rows.flatMap((r) => r.cells)) {
        this.walk(cell, false);
        this.flush();
      }
      return;
    }
    const positions = new Map<unknown, Position>();
    let first: Position | undefined;
    let last: Position | undefined;
    for (const { tr, cells } of rows) {
      const values = cells.map((c) => cleanCell(hastCellText(c)).replace(/\n/gu, ' '));
      const row = this.addLine(values.join('\t'));
      let column = 0;
      cells.forEach((c, j) => {
        const at = (col: number) => ({ line: row.start.line, column: col + 1, offset: row.start.offset + col });
        positions.set(c.position, { start: at(column), end: at(column + values[j]!.length) });
        column += values[j]!.length + 1;
      });
      positions.set(tr.position, row);
      first ??= row;
      last = row;
    }
    positions.set(el.position, { start: first!.start, end: last!.end });
    this.blocks.push(htmlTable(el, (p) => positions.get(p) ?? last!));
  }

  /** Walks a node: blocks flush the inline run, inline content adds to it. */
  walk(node: Element | Root, strong: boolean): void {
    for (const c of node.children as ElementContent[]) {
      if (c.type === 'text') this.pieces.push({ text: c.value.replace(/\s+/gu, ' '), strong });
      if (c.type !== 'element' || SKIP.has(c.tagName)) continue;
      const heading = HEADING.exec(c.tagName);
      if (c.tagName === 'br') this.pieces.push({ text: '\n', strong });
      else if (c.tagName === 'table') this.table(c);
      else if (heading) {
        this.flush();
        const value = cleanInline(hastCellText(c).replace(/\n+/gu, ' '));
        if (value) this.blocks.push({ type: 'heading', depth: Number(heading[1]), value, position: this.addLine(value) });
      } else if (BLOCK.has(c.tagName)) {
        this.flush();
        if (c.tagName === 'li') this.pieces.push({ text: listMarker(node, c, this.grammar), strong });
        this.walk(c, strong);
        this.flush();
      } else this.walk(c, strong || c.tagName === 'strong' || c.tagName === 'b');
    }
  }
}

const ORDERED: Record<string, (n: number) => string> = {
  a: (n) => `${String.fromCharCode(96 + n)})`,
  A: (n) => `${String.fromCharCode(64 + n)}.`,
  i: (n) => `${toRoman(n).toLowerCase()}.`,
  I: (n) => `${toRoman(n)}.`,
};

function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, r] of table) for (; n >= v; n -= v) out += r;
  return out;
}

/** The label a browser draws before a list item ("1.", "a)", "-"), unless the item's text has its own. */
function listMarker(list: Element | Root, li: Element, grammar: Grammar): string {
  if (matchLabel(cleanInline(hastCellText(li).trim().split('\n')[0] ?? ''), grammar)) return '';
  if (list.type !== 'element' || list.tagName !== 'ol') return '- ';
  const n = elements(list).filter((e) => e.tagName === 'li').indexOf(li) + Number(list.properties?.start ?? 1);
  return `${(ORDERED[String(list.properties?.type ?? '')] ?? ((k: number) => `${k}.`))(n)} `;
}

/** Blocks and the text they point into, from an HTML tree (the whole tree; pick the content first). */
export function htmlBlocks(root: Element | Root, grammar: Grammar): { text: string; blocks: Block[] } {
  const b = new Builder(grammar);
  b.walk(root, false);
  b.flush();
  return { text: b.lines.join('\n'), blocks: b.blocks };
}

const textLength = (n: Element | Root): number =>
  (n.children as ElementContent[]).reduce((sum, c) => sum + (c.type === 'text' ? c.value.trim().length : c.type === 'element' && !SKIP.has(c.tagName) ? textLength(c) : 0), 0);

/**
 * The element holding the document: <main>/<article> when one holds most of
 * the text, else from <body> down into the child holding most (70%) of its text.
 */
export function mainContent(root: Root): Element | Root {
  const body = elements(root).flatMap((e) => (e.tagName === 'html' ? elements(e) : [e])).find((e) => e.tagName === 'body') ?? root;
  let cur: Element | Root = body;
  for (;;) {
    const total = textLength(cur);
    const next: Element | undefined = elements(cur).find((c) => !SKIP.has(c.tagName) && c.tagName !== 'table' && textLength(c) >= 0.7 * total);
    if (!next || total === 0) return cur;
    cur = next;
  }
}

export const loadHtml: Loader = async (input, ctx) => {
  // decodeText converts pages typed in legacy fonts (TCVN3, VNI) like plain text.
  const html = decodeText(input.bytes, ctx.report);
  const { text, blocks } = htmlBlocks(mainContent(fromHtml(html)), ctx.grammar);
  if (!blocks.length) throw new LoadError('no text content in the HTML page');
  return { format: 'html', text, blocks, pages: null, ocr: false };
};
