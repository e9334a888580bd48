/**
 * A position stored as six numbers on one object, its points made when read. A plain
 * `{ start: {…}, end: {…} }` is three objects; a 40 MB text has half a million blocks, and
 * their positions were a quarter of the objects the loader left: ~70 MB of a 240 MB heap.
 */
import type { Point, Position } from './blocks.js';

export class PackedPosition implements Position {
  constructor(
    private readonly startLine: number,
    private readonly startColumn: number,
    private readonly startOffset: number,
    private readonly endLine: number,
    private readonly endColumn: number,
    private readonly endOffset: number,
  ) {}

  get start(): Point {
    return { line: this.startLine, column: this.startColumn, offset: this.startOffset };
  }

  get end(): Point {
    return { line: this.endLine, column: this.endColumn, offset: this.endOffset };
  }
}
