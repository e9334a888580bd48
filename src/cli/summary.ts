/** The end-of-run summary on stderr: how many files went which way, tasks found, and each failure with its reason. */
import type { RunReport } from '../batch/report.js';
import type { Writable } from './io.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Writes the summary; under --strict the files with warnings are listed too, since they fail the run. */
export function writeSummary(stderr: Writable, report: RunReport, strict: boolean): void {
  const t = report.totals;
  stderr.write(
    `parcli: ${plural(t.files, 'file')} in ${(report.ms / 1000).toFixed(1)} s: ${t.ok} ok, ${t.warnings} with warnings, ${t.failed} failed; ${plural(t.tasks, 'task')} found\n`,
  );
  for (const f of report.files) {
    if (f.status === 'failed') stderr.write(`  failed: ${f.path}: ${f.reason}\n`);
    else if (strict && f.status === 'warnings') {
      stderr.write(`  failed (--strict): ${f.path}: ${plural(f.counts.errors, 'error')}, ${plural(f.counts.warnings, 'warning')}\n`);
    }
  }
}

/** Writes only the failures, one line each: what `--quiet` keeps. */
export function writeFailures(stderr: Writable, report: RunReport): void {
  for (const f of report.files) if (f.status === 'failed') stderr.write(`parcli: ${f.path}: ${f.reason}\n`);
}
