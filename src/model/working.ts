/**
 * The working state extractors read and fill, and the signature every stage
 * shares: `(doc, ctx) => void`, like unified's transformers.
 */
import type { Grammar } from '../grammar/compile.js';
import type { Block, LoadedDocument, Table } from './blocks.js';
import type { LabelMatch } from './labels.js';
import type { Reporter } from './report.js';
import type { DocumentProfile } from './profile.js';
import type { TreeNode } from './tree.js';
import type { Respell } from '../normalizers/spelling.js';
import type { DocumentInfo, OutlineNode, Reference, Responsibility, SourceRef, Target, Task } from '../schema/output.js';

/** Where a paragraph sits in the document's layout. */
export type Zone = 'front' | 'preamble' | 'articles' | 'back' | 'attachment' | 'body' | 'appendix';

/** One paragraph-like block, with what the extractors found out about it. */
export interface Para {
  index: number;
  block: Block;
  /** Clean text ("" for tables and cell breaks). */
  value: string;
  source: SourceRef;
  label: LabelMatch | null;
  zone: Zone;
  /** Set by the extractor that claimed the paragraph (`recipients`, `signature`, `field` …). */
  role?: string;
}

/** A task before normalization: field values still as written. */
export interface TaskDraft extends Omit<Task, 'lead' | 'coordinators' | 'products' | 'timeline' | 'budget'> {
  raw: {
    lead: string[];
    coordinators: string[];
    products: string[];
    timeline: string[];
    budget: string[];
  };
}

export interface Working {
  loaded: LoadedDocument;
  paras: Para[];
  /** The document's own majority spellings, read before the loaded text goes: misread or mistyped marks are mended by them. */
  respell: Respell;
  document: DocumentInfo;
  outline: OutlineNode[];
  /** The body's outline tree, built by the outline extractor. */
  tree: TreeNode[];
  tasks: TaskDraft[];
  finalTasks: Task[];
  targets: Target[];
  responsibilities: Responsibility[];
  references: Reference[];
  /** The year a plan is for ("năm 2024" in its title), filling years a timeline leaves out. */
  planYear: number | null;
}

export interface ExtractOptions {
  grammarDirs?: string[];
}

export interface ExtractContext {
  grammar: Grammar;
  report: Reporter;
  options: ExtractOptions;
  /** What the document is, decided by the profile stage before the task tree; read by every stage after it. */
  profile: DocumentProfile;
}

export type Stage = (doc: Working, ctx: ExtractContext) => void;

/** The source reference of a block. */
export function sourceOf(block: Block): SourceRef {
  // Each shape written out whole: a property added to an object literal goes to a store of its
  // own, which every paragraph of a large input paid for (~20 MB at 40 MB of text).
  const line = block.position.start.line;
  const endLine = block.position.end.line;
  const page = block.page;
  if (endLine > line) return page === undefined ? { line, endLine } : { line, endLine, page };
  return page === undefined ? { line } : { line, page };
}

export const isTable = (p: Para): p is Para & { block: Table } => p.block.type === 'table';
