/** The JSON report of a run (`--report FILE`): per input its status, counts, diagnostics and time; shards' reports merge. */
import * as z from 'zod';
import { diagnosticSchema } from '../schema/output.js';
import type { Outcome } from './task.js';

const count = z.number().int().nonnegative();

export const fileReportSchema = z.object({
  path: z.string(),
  output: z.string().nullable(),
  status: z.enum(['ok', 'warnings', 'failed']),
  reason: z.string().nullable(),
  ms: z.number().nonnegative(),
  counts: z.object({ tasks: count, targets: count, responsibilities: count, references: count, errors: count, warnings: count }),
  diagnostics: z.array(diagnosticSchema),
});

export const runReportSchema = z.object({
  schema: z.literal('parcli-report/v1'),
  shard: z.string().nullable(),
  ms: z.number().nonnegative(),
  totals: z.object({ files: count, ok: count, warnings: count, failed: count, tasks: count }),
  files: z.array(fileReportSchema),
});

export type FileReport = z.infer<typeof fileReportSchema>;
export type RunReport = z.infer<typeof runReportSchema>;

/** One input's entry: "warnings" when its result has warning or error diagnostics, "failed" when it could not be read. */
export function fileReport(path: string, outcome: Outcome, output: string | null): FileReport {
  if (!outcome.ok) {
    const zero = { tasks: 0, targets: 0, responsibilities: 0, references: 0, errors: 0, warnings: 0 };
    return { path, output: null, status: 'failed', reason: outcome.reason, ms: outcome.ms, counts: zero, diagnostics: [] };
  }
  const { counts, diagnostics } = outcome.digest;
  const status = counts.errors + counts.warnings > 0 ? 'warnings' : 'ok';
  return { path, output, status, reason: null, ms: outcome.ms, counts, diagnostics };
}

/** The report of a run from its files' entries. */
export function runReport(files: FileReport[], ms: number, shard: string | null = null): RunReport {
  const totals = { files: files.length, ok: 0, warnings: 0, failed: 0, tasks: 0 };
  for (const f of files) {
    totals[f.status]++;
    totals.tasks += f.counts.tasks;
  }
  return { schema: 'parcli-report/v1', shard, ms, totals, files };
}

/**
 * Merges shard reports into one, files sorted by path; a path in several reports keeps its last entry.
 * @returns the merged report and the paths that were in more than one report
 */
export function mergeReports(reports: RunReport[]): { report: RunReport; duplicates: string[] } {
  const byPath = new Map<string, FileReport>();
  const duplicates: string[] = [];
  for (const f of reports.flatMap((r) => r.files)) {
    if (byPath.has(f.path)) duplicates.push(f.path);
    byPath.set(f.path, f);
  }
  const files = [...byPath.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  // Shards run side by side, so the merged run took as long as its slowest shard.
  return { report: runReport(files, Math.max(0, ...reports.map((r) => r.ms))), duplicates };
}
