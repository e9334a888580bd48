/**
 * The block model every loader produces. unist-shaped: every node has a `type`
 * and a `position` that points into the original loaded text (1-based lines and
 * columns, 0-based offsets), plus `page` where the format has pages.
 */
import { PackedPosition } from './packed-position.js';

export interface Point {
  line: number;
  column: number;
  offset: number;
}

export interface Position {
  start: Point;
  end: Point;
}

interface BlockBase {
  position: Position;
  /** 1-based page number, for formats that have pages. */
  page?: number;
}

/** A logical paragraph: wrapped lines joined, inline markup removed, NFC. */
export interface Paragraph extends BlockBase {
  type: 'paragraph';
  value: string;
  /** Set when the source marked the paragraph as bold or all of it as a heading style. */
  strong?: boolean;
}

/** A heading the source marked as such (Markdown `#`, a Word heading style). */
export interface Heading extends BlockBase {
  type: 'heading';
  depth: number;
  value: string;
}

/**
 * A cell boundary the source drew without a table structure: a line holding
 * only `|` in scraped web pages. Table rebuilding turns runs of them into tables.
 */
export interface CellBreak extends BlockBase {
  type: 'cellBreak';
}

export interface TableCell {
  /** Cell text; separate lines or list items inside the cell are joined by "\n". */
  value: string;
  position: Position;
  /** How many columns this cell spans (merged cells). */
  colSpan?: number;
  /** How many rows this cell spans (merged cells). */
  rowSpan?: number;
  /** All of the cell's text is bold: a group row's title, where the source marks bold. */
  strong?: true;
}

export interface TableRow {
  cells: TableCell[];
  position: Position;
  page?: number;
}

export interface Table extends BlockBase {
  type: 'table';
  rows: TableRow[];
}

export type Block = Paragraph | Heading | CellBreak | Table;

export type SourceFormat = 'pdf' | 'docx' | 'markdown' | 'text' | 'html';

/** What a loader returns: the text positions refer to, and its blocks. */
export interface LoadedDocument {
  format: SourceFormat;
  /** The text that block positions point into (the file decoded, or text rebuilt from a PDF/DOCX). */
  text: string;
  blocks: Block[];
  pages: number | null;
  ocr: boolean;
}

/** Position spanning from the start of `a` to the end of `b` (packed: tables rebuilt from a large text make many). */
export function span(a: Position, b: Position): Position {
  const { start } = a;
  const { end } = b;
  return new PackedPosition(start.line, start.column, start.offset, end.line, end.column, end.offset);
}
