/** What a run report keeps of a result: its counts and diagnostics (small enough to send back from a worker). */
import type { Diagnostic, Result } from '../schema/output.js';

export interface Digest {
  /** What the document is, for an index of a run's outputs. */
  document: Pick<Result['document'], 'kind' | 'kindLabel' | 'number' | 'title'>;
  counts: { tasks: number; targets: number; responsibilities: number; references: number; errors: number; warnings: number };
  diagnostics: Diagnostic[];
}

const severityCount = (result: Result, severity: Diagnostic['severity']) => result.diagnostics.filter((d) => d.severity === severity).length;

/** The digest of a result. */
export function digestOf(result: Result): Digest {
  const { kind, kindLabel, number, title } = result.document;
  return {
    document: { kind, kindLabel, number, title },
    counts: {
      tasks: result.tasks.length, targets: result.targets.length, responsibilities: result.responsibilities.length, references: result.references.length,
      errors: severityCount(result, 'error'), warnings: severityCount(result, 'warning'),
    },
    diagnostics: result.diagnostics,
  };
}
