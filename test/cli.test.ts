/** In-process CLI runs: exit codes, stdout carrying only data, output layouts, validate, schema, shards and report merge. */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { planTargets, placeInputs } from '../src/batch/index.js';
import { resultSchema, type Result } from '../src/schema/output.js';
import { runReportSchema } from '../src/batch/report.js';
import { CORPUS, cli } from './helpers/cli.js';

const TEXT = join(CORPUS, 'text');
const names = readdirSync(TEXT).sort();
const textFile = (i: number) => join(TEXT, names[i]!);
const tmp = () => mkdtempSync(join(tmpdir(), 'parcli-cli-'));
const json = (text: string) => JSON.parse(text) as unknown;

describe('exit codes and help', () => {
  it('documents exit codes 0, 1 and 2 in --help', async () => {
    for (const argv of [['--help'], ['extract', '--help'], ['validate', '--help']]) {
      const run = await cli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/Exit codes:\n\s+0 .+\n\s+1 .+\n\s+2 .+/u);
    }
  });

  it('exits 2 on usage errors, with the message on stderr only', async () => {
    for (const argv of [['extract', '--nope', textFile(0)], ['extract', '-j', '0', textFile(0)], ['extract', '--shard', '3/2', textFile(0)], ['frobnicate']]) {
      const run = await cli(argv);
      expect(run.code, argv.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/error/u);
    }
  });

  it('exits 1 when an input fails, and still writes the others', async () => {
    const run = await cli(['extract', '-j', '1', '-f', 'ndjson', textFile(0), join(TEXT, 'missing.txt')]);
    expect(run.code).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('missing.txt: no such file');
  });
});

describe('extract to stdout', () => {
  it('writes one JSON object for one file and keeps stderr free of summaries', async () => {
    const run = await cli(['extract', textFile(2)]);
    expect(run.code).toBe(0);
    const result = resultSchema.parse(json(run.stdout));
    expect(result.source.name).toBe(names[2]);
    expect(run.stderr).not.toMatch(/files in/u);
  });

  it('reads "-" from stdin and sniffs its format', async () => {
    const bytes = readFileSync(join(CORPUS, 'md', names[1]!.replace(/\.txt$/u, '.md')));
    const run = await cli(['extract', '-'], { stdin: bytes });
    expect(run.code).toBe(0);
    const result = json(run.stdout) as Result;
    expect(result).toEqual(await extract({ name: 'stdin', bytes }));
    expect(result.source.name).toBe('stdin');
  });

  it('writes several inputs as one JSON array in input order, with a summary on stderr', async () => {
    const run = await cli(['extract', '-j', '1', textFile(3), textFile(1)]);
    expect(run.code).toBe(0);
    expect((json(run.stdout) as Result[]).map((r) => r.source.name)).toEqual([names[3], names[1]]);
    expect(run.stderr).toMatch(/^parcli: 2 files in .*: \d+ ok, \d+ with warnings, 0 failed; \d+ tasks found\n$/u);
  });

  it('gives just the tasks, with their document, under --tasks-only (JSON and NDJSON)', async () => {
    const full = json((await cli(['extract', textFile(0)])).stdout) as Result;
    const tasks = json((await cli(['extract', '--tasks-only', textFile(0)])).stdout) as Record<string, unknown>[];
    expect(tasks).toHaveLength(full.tasks.length);
    expect(tasks[0]).toMatchObject({ id: full.tasks[0]!.id, document: { file: names[0], number: full.document.number, title: full.document.title } });
    const lines = (await cli(['extract', '-j', '1', '--tasks-only', '-f', 'ndjson', textFile(0), textFile(1)])).stdout.trim().split('\n');
    const second = json((await cli(['extract', textFile(1)])).stdout) as Result;
    expect(lines).toHaveLength(full.tasks.length + second.tasks.length);
    expect(lines.map((l) => (json(l) as { document: { file: string } }).document.file).at(-1)).toBe(names[1]);
  });

  it('emits YAML as a multi-document stream for several inputs', async () => {
    const run = await cli(['extract', '-j', '1', '-f', 'yaml', textFile(0), textFile(1)]);
    expect(run.stdout.match(/^---$/gmu)).toHaveLength(2);
  });
});

describe('stderr', () => {
  it('draws a progress line only on a terminal, and not under --quiet', async () => {
    const argv = ['extract', '-j', '1', '-f', 'ndjson', textFile(0), textFile(1)];
    expect((await cli(argv, { tty: true })).stderr).toMatch(/\r\x1b\[K\[#+\] 2\/2 files, 0 failed, [\d.]+\/s/u);
    expect((await cli(argv)).stderr).not.toContain('\r');
    const quiet = await cli([...argv, '--quiet', join(TEXT, 'missing.txt')], { tty: true });
    expect(quiet.stderr).toBe(`parcli: ${join(TEXT, 'missing.txt')}: no such file\n`);
  });
});

describe('programmatic API', () => {
  it('extract() takes a path or a name with bytes and returns the same result', async () => {
    const byPath = await extract(textFile(0));
    expect(await extract({ name: names[0]!, bytes: readFileSync(textFile(0)) })).toEqual(byPath);
    expect(resultSchema.parse(byPath)).toEqual(byPath);
  });
});

describe('extract to files', () => {
  it('mirrors the input tree under -o DIR, keeping both names when stems collide', async () => {
    const dir = tmp();
    mkdirSync(join(dir, 'in/sub'), { recursive: true });
    copyFileSync(textFile(0), join(dir, 'in/a.txt'));
    copyFileSync(textFile(1), join(dir, 'in/sub/b.txt'));
    copyFileSync(textFile(1), join(dir, 'in/sub/b.md'));
    const run = await cli(['extract', '-j', '1', 'in', '-o', 'out', '--report', 'report.json'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readdirSync(join(dir, 'out'), { recursive: true }).sort()).toEqual(['a.json', 'sub', 'sub/b.md.json', 'sub/b.txt.json']);
    const report = runReportSchema.parse(json(readFileSync(join(dir, 'report.json'), 'utf8')));
    expect(report.files.map((f) => [f.path, f.output])).toEqual([
      ['in/a.txt', 'out/a.json'], ['in/sub/b.md', 'out/sub/b.md.json'], ['in/sub/b.txt', 'out/sub/b.txt.json'],
    ]);
  });

  it('writes one input to the file -o names, and never over the input', async () => {
    const dir = tmp();
    copyFileSync(textFile(0), join(dir, 'plan.txt'));
    expect((await cli(['extract', 'plan.txt', '-o', 'plan.yaml', '-f', 'yaml'], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toMatch(/^schema: parcli\/v1\n/u);
    const before = readFileSync(join(dir, 'plan.txt'));
    const run = await cli(['extract', 'plan.txt', '-o', 'plan.txt'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('would overwrite the input');
    expect(readFileSync(join(dir, 'plan.txt'))).toEqual(before);
  });

  it('stops at once, with a usage error, when several inputs would go into an existing file', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'out.json'), 'keep');
    const run = await cli(['extract', '-j', '1', textFile(0), textFile(1), '-o', 'out.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('parcli: -o out.json is a file; several inputs need a directory\n');
    expect(readFileSync(join(dir, 'out.json'), 'utf8')).toBe('keep');
  });

  it('refuses output paths outside DIR or onto an input', () => {
    const items = placeInputs([{ display: 'x', path: '/data/in/x.txt', root: '/data/in' }], '/data');
    expect(planTargets([{ ...items[0]!, rel: '../../etc/passwd' }], '/data/out', '.json')[0]).toEqual({ error: expect.stringMatching(/outside/u) });
    expect(planTargets([{ ...items[0]!, rel: 'x.txt' }], '/data/in', '.txt')[0]).toEqual({ error: expect.stringMatching(/overwrite an input/u) });
    expect(planTargets(items, '/data/out', '.json')[0]).toEqual({ path: '/data/out/x.json' });
  });
});

describe('--strict', () => {
  let statuses: Map<string, string>;
  beforeAll(async () => {
    const dir = tmp();
    await cli(['extract', '-j', '1', TEXT, '-o', join(dir, 'out'), '--report', join(dir, 'r.json')]);
    const report = runReportSchema.parse(json(readFileSync(join(dir, 'r.json'), 'utf8')));
    statuses = new Map(report.files.map((f) => [f.path, f.status]));
  });

  it('fails a run whose inputs have warnings only under --strict', async () => {
    const warned = [...statuses].find(([, s]) => s === 'warnings')?.[0];
    expect(warned, 'the samples have at least one input with warnings').toBeDefined();
    expect((await cli(['extract', warned!])).code).toBe(0);
    const strict = await cli(['extract', '--strict', warned!]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/: warning: /u);
    for (const [path, status] of statuses) if (status === 'ok') expect((await cli(['extract', '--strict', path])).code).toBe(0);
  });
});

describe('validate and schema', () => {
  it('accepts extract output and names the zod path of what is wrong', async () => {
    const dir = tmp();
    await cli(['extract', '-j', '1', textFile(0), textFile(1), '-o', dir]);
    await cli(['extract', '-j', '1', '-f', 'ndjson', textFile(0), textFile(1), '-o', join(dir, 'nd')]);
    const good = [join(dir, names[0]!.replace('.txt', '.json')), join(dir, 'nd', names[1]!.replace('.txt', '.ndjson'))];
    const ok = await cli(['validate', ...good]);
    expect(ok).toMatchObject({ code: 0, stdout: '' });
    expect(ok.stderr).toBe('parcli: 2 of 2 results valid\n');

    const broken = json(readFileSync(good[0]!, 'utf8')) as Result & { tasks: unknown[] };
    (broken.tasks[0] as Record<string, unknown>).lead = 'Phòng Tư pháp';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    writeFileSync(join(dir, 'garbage.json'), '{ not json');
    const bad = await cli(['validate', join(dir, 'broken.json'), join(dir, 'garbage.json'), good[0]!]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken\.json: tasks\.0\.lead: .*expected array/iu);
    expect(bad.stderr).toMatch(/garbage\.json: cannot read/u);
  });

  it('prints the checked-in JSON Schema', async () => {
    const run = await cli(['schema']);
    expect(json(run.stdout)).toEqual(json(readFileSync(join(CORPUS, '../../schema/parcli-v1.schema.json'), 'utf8')));
  });
});

describe('--shard and report merge', () => {
  it('splits inputs into disjoint shards whose merged reports cover the whole run', async () => {
    const dir = tmp();
    const inputs = [TEXT, join(CORPUS, 'md')];
    const full = await cli(['extract', '-j', '1', ...inputs, '-o', join(dir, 'all'), '--report', join(dir, 'all.json')]);
    expect(full.code).toBe(0);
    const reports = [];
    for (const shard of ['1/3', '2/3', '3/3']) {
      const file = join(dir, `shard-${shard[0]}.json`);
      await cli(['extract', '-j', '1', ...inputs, '-o', join(dir, 'sharded'), '--shard', shard, '--report', file]);
      reports.push(file);
    }
    const counts = reports.map((f) => runReportSchema.parse(json(readFileSync(f, 'utf8'))).files.length);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(1);
    const merged = await cli(['report', 'merge', ...reports, '-o', join(dir, 'merged.json')]);
    expect(merged).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const all = runReportSchema.parse(json(readFileSync(join(dir, 'all.json'), 'utf8')));
    const union = runReportSchema.parse(json(readFileSync(join(dir, 'merged.json'), 'utf8')));
    expect(union.files.map((f) => f.path)).toEqual(all.files.map((f) => f.path).sort());
    expect(union.totals).toEqual(all.totals);
    // the same outputs as the unsharded run
    expect(readdirSync(join(dir, 'sharded'), { recursive: true }).sort()).toEqual(readdirSync(join(dir, 'all'), { recursive: true }).sort());
  });

  it('refuses to merge what is not a report', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'x.json'), '{"schema":"parcli/v1"}');
    const run = await cli(['report', 'merge', join(dir, 'x.json'), '-o', join(dir, 'out.json')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/x\.json: schema: .*not a parcli report/u);
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
  });
});

describe('page progress', () => {
  it('draws pages done of total on a terminal only, and erases the line', async () => {
    const { createPageProgress } = await import('../src/cli/progress.js');
    const tty = { text: '', isTTY: true, write(s: string) { this.text += s; return true; } };
    const pages = createPageProgress(tty, true);
    pages.onPage!(3, 12);
    pages.clear();
    expect(tty.text).toContain('page 3/12');
    expect(tty.text.endsWith('\r\x1b[K')).toBe(true);
    expect(createPageProgress({ write: () => true, isTTY: false }, true).onPage).toBeUndefined();
  });
});
