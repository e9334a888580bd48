/** A few real runs of bin/parcli.js (built dist/): exit code, stdout and stderr as a shell sees them. */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resultSchema } from '../src/schema/output.js';
import { CORPUS, ROOT } from './helpers/cli.js';

const BIN = join(ROOT, 'bin/parcli.js');
const sample = join(CORPUS, 'text', readdirSync(join(CORPUS, 'text')).sort()[0]!);

const parcli = (args: string[], input?: Buffer) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', timeout: 60_000 });

describe('bin/parcli.js', () => {
  it('extracts one file to stdout as JSON and exits 0', () => {
    const run = parcli(['extract', sample]);
    expect(run.status).toBe(0);
    expect(resultSchema.safeParse(JSON.parse(run.stdout)).success).toBe(true);
    expect(run.stderr).not.toMatch(/files in|internal error/u);
  });

  it('reads standard input for "-" and streams NDJSON', () => {
    const run = parcli(['extract', '-', '-f', 'ndjson'], readFileSync(sample));
    expect(run.status).toBe(0);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ source: { name: 'stdin' } });
  });

  it('exits 1 for an input that does not exist, naming it on stderr', () => {
    const run = parcli(['extract', 'no/such/plan.txt']);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('parcli: no/such/plan.txt: no such file\n');
  });

  it('exits 2 for a usage error', () => {
    const run = parcli(['extract', '--format', 'xml', sample]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/xml/u);
  });
});
