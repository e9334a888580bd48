/**
 * Limits a CI job relies on: an input past --timeout is stopped and reported while the batch
 * goes on, leaving no output or temporary file for it; an input over --max-bytes is refused
 * with the flag named. Workers run dist/: `npm test` builds first.
 */
import { cpSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CORPUS, cli } from './helpers/cli.js';
import { letteredItems } from './helpers/hostile-inputs.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'parcli-limits-'));
  cpSync(join(CORPUS, 'text'), join(dir, 'plans'), { recursive: true });
  // ~40 MB of lettered items: 25 s of work or more, far past a limit of 10 s however fast the machine (16 MB
  // took 9 s on an idle one); a sample takes ~1 s in a cold worker (several on a machine busy with the suite).
  writeFileSync(join(dir, 'plans', 'zz-slow.txt'), letteredItems(300_000));
});

describe('--timeout', () => {
  it('stops the input past it, reports it, and writes every other result', async () => {
    const run = await cli(['extract', 'plans', '-o', 'out', '-j', '2', '--timeout', '10', '-q'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('parcli: plans/zz-slow.txt: timed out after 10 s\n');
    const written = readdirSync(join(dir, 'out'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name).sort();
    expect(written).toEqual(readdirSync(join(CORPUS, 'text')).map((n) => n.replace(/\.txt$/u, '.json')).sort());
  }, 60_000);

  it('also holds with one worker process (-j 1)', async () => {
    const run = await cli(['extract', 'plans/zz-slow.txt', join(CORPUS, 'text', '000_036809f184aef2b6.txt'), '-o', 'out1', '-j', '1', '--timeout', '10', '-q'], { cwd: dir });
    expect(run).toMatchObject({ code: 1, stderr: 'parcli: plans/zz-slow.txt: timed out after 10 s\n' });
    expect(readdirSync(join(dir, 'out1'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)).toEqual(['000_036809f184aef2b6.json']);
  }, 60_000);

  it('holds for a single input too, which then runs in a worker process', async () => {
    const slow = await cli(['extract', 'plans/zz-slow.txt', '--timeout', '10'], { cwd: dir, tty: true });
    expect(slow).toMatchObject({ code: 1, stdout: '', stderr: 'parcli: plans/zz-slow.txt: timed out after 10 s\n' });
    const quick = await cli(['extract', join(CORPUS, 'text', '000_036809f184aef2b6.txt'), '--timeout', '30'], { cwd: dir, tty: true });
    expect(quick.code).toBe(0);
    expect(JSON.parse(quick.stdout)).toMatchObject({ schema: 'parcli/v1' });
  }, 60_000);

  it('is refused when not a positive number', async () => {
    const run = await cli(['extract', 'plans', '--timeout', '0'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected a positive number of seconds, got "0"');
  });
});

describe('--max-bytes', () => {
  it('refuses a larger input, naming the flag, and has a default', async () => {
    const run = await cli(['extract', join(CORPUS, 'text', readdirSync(join(CORPUS, 'text'))[0]!), '--max-bytes', '1000'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/over the --max-bytes limit of 1000 \(raise it with --max-bytes N\)/u);
    const help = await cli(['extract', '--help']);
    expect(help.stdout).toMatch(/--max-bytes <n>[\s\S]*\(default: 67108864 \(64 MiB\)\)/u);
  });
});
