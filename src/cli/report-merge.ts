/** `parcli report merge A.json B.json -o OUT`: one report from the reports of a sharded run. */
import { resolve } from 'node:path';
import { mergeReports, runReportSchema, type RunReport } from '../batch/report.js';
import { EXIT, type CliIo } from './io.js';
import { readValues, schemaProblems } from './read-checked.js';
import { writeFileAtomic } from '../batch/write-file.js';

export async function runReportMerge(files: string[], flags: { output?: string }, io: CliIo): Promise<number> {
  const reports: RunReport[] = [];
  let bad = 0;
  for (const file of files) {
    try {
      for (const located of await readValues(file, io.cwd)) {
        const problems = schemaProblems(runReportSchema, located);
        if (problems.length) {
          bad++;
          io.stderr.write(`parcli: ${problems[0]} (not a parcli report)\n`);
        } else reports.push(located.value as RunReport);
      }
    } catch (err) {
      bad++;
      io.stderr.write(`parcli: ${file}: cannot read: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  // Merging what is left would hide a shard: write nothing.
  if (bad) return EXIT.inputFailed;
  const { report, duplicates } = mergeReports(reports);
  for (const path of duplicates) io.stderr.write(`parcli: warning: ${path} is in more than one report; the last entry is kept\n`);
  const text = `${JSON.stringify(report, null, 2)}\n`;
  if (flags.output) await writeFileAtomic(resolve(io.cwd, flags.output), text);
  else io.stdout.write(text);
  return EXIT.ok;
}
