/**
 * Diagnostics are collected, never thrown (like vfile messages): every stage
 * reports what it skipped, guessed or found suspicious, with the source line.
 */
import type { Diagnostic, SourceRef } from '../schema/output.js';

export interface ReportOptions {
  severity?: Diagnostic['severity'];
  /** `extractor/rule`, e.g. `tasks/without-lead`. */
  ruleId: string;
  place?: SourceRef | null;
}

export interface Reporter {
  (message: string, options: ReportOptions): void;
  readonly messages: Diagnostic[];
}

/** A reporter that collects diagnostics, each once. */
export function createReporter(): Reporter {
  const messages: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = ((message: string, { severity = 'warning', ruleId, place = null }: ReportOptions) => {
    const key = `${ruleId}\0${message}\0${place?.line ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    messages.push({ severity, code: ruleId, message, source: place });
  }) as Reporter;
  Object.defineProperty(report, 'messages', { value: messages });
  return report;
}
