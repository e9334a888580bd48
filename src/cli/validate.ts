/** `parcli validate FILE...`: checks result files against the parcli/v1 schema; problems go to stderr with their zod path. */
import { resultSchema } from '../schema/output.js';
import { EXIT, type CliIo } from './io.js';
import { readValues, schemaProblems } from './read-checked.js';

const MAX_PROBLEMS = 20;

export async function runValidate(files: string[], flags: { quiet?: boolean }, io: CliIo): Promise<number> {
  let checked = 0;
  let valid = 0;
  let unreadable = 0;
  for (const file of files) {
    try {
      for (const located of await readValues(file, io.cwd)) {
        checked++;
        const problems = schemaProblems(resultSchema, located);
        if (problems.length === 0) {
          valid++;
          continue;
        }
        for (const line of problems.slice(0, MAX_PROBLEMS)) io.stderr.write(`${line}\n`);
        if (problems.length > MAX_PROBLEMS) io.stderr.write(`${located.where}: … and ${problems.length - MAX_PROBLEMS} more\n`);
      }
    } catch (err) {
      unreadable++;
      io.stderr.write(`parcli: ${file}: cannot read: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  if (!flags.quiet) io.stderr.write(`parcli: ${valid} of ${checked} results valid${unreadable ? `, ${unreadable} files unreadable` : ''}\n`);
  return valid < checked || unreadable ? EXIT.inputFailed : EXIT.ok;
}
