/**
 * The review page (-f html) as markup: document values escaped, one script (its own, admitted by
 * hash), rows tied to source lines, the source pane numbered as the result is; with several inputs,
 * one page each and an index linking them.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, emitters } from '../src/index.js';
import { splitLines } from '../src/loaders/source-lines.js';
import { CORPUS, cli } from './helpers/cli.js';

const HOSTILE_TITLE = 'Về việc <script>window.__pwned = 1</script> "><img src=x onerror="window.__pwned = 2">';
const PLAN = `ỦY BAN NHÂN DÂN TỈNH A
Số: 12/KH-UBND
KẾ HOẠCH
${HOSTILE_TITLE}
I. NHIỆM VỤ
1. Rà soát thủ tục hành chính "><img src=x onerror=alert(1)>. Cơ quan chủ trì: Sở Tư pháp. Thời gian hoàn thành: trước 30/6/2025.
2. Tổng kết <b>năm</b>. Cơ quan chủ trì: Sở Nội vụ. Thời gian hoàn thành: tháng 12/2025.
`;

describe('review page', () => {
  it('shows every document value as text and runs only its own script', async () => {
    const result = await extract({ name: 'plan.txt', bytes: Buffer.from(PLAN) });
    const page = emitters.html.emit(result, 'result', PLAN);
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(page.match(/<script/gu)).toHaveLength(1);
    expect(page).not.toMatch(/<img|<b>/u);
    expect(page).toContain('&#x3C;script>window.__pwned = 1&#x3C;/script>');
    const script = /<script>([\s\S]*?)<\/script>/u.exec(page)![1]!;
    const hash = createHash('sha256').update(script).digest('base64');
    const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/u.exec(page)![1]!.replaceAll('&#x27;', "'");
    expect(policy).toContain(`script-src 'sha256-${hash}'`);
    expect(policy).toContain("default-src 'none'");
    expect(page).not.toMatch(/\b(?:src|href)="(?:https?:)?\/\//u); // nothing from the network
  });

  it('ties each row to its source lines and numbers the source as the result does', async () => {
    const file = join(CORPUS, 'md', readdirSync(join(CORPUS, 'md')).sort()[0]!);
    const text = readFileSync(file, 'utf8');
    const result = await extract(file);
    const page = emitters.html.emit(result, 'result', text);
    const rows = [...page.matchAll(/<tr data-line="(\d+)" data-end="(\d+)"[^>]*data-lead="([^"]*)" data-due="([^"]*)"/gu)];
    expect(rows.map((m) => [Number(m[1]), Number(m[2])])).toEqual(result.tasks.map((t) => [t.source.line, t.source.endLine ?? t.source.line]));
    expect(page.match(/<li id="L\d+"/gu)).toHaveLength(splitLines(text).length);
    const task = result.tasks[0]!;
    expect(page).toContain(`<li id="L${task.source.line}" data-n="${task.source.line}" class="used">`);
    // The filters offer the tasks' own lead bodies and due months.
    const lead = task.lead[0]!;
    expect(page).toContain(`<option value="${lead.canonical}">`);
    expect(page).toContain(`<option value="m:${(task.timeline!.end ?? task.timeline!.start)!.slice(0, 7)}">`);
    expect(page).toContain('@media print');
  });

  it('writes one page per input and an index linking them; refuses several pages to stdout', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcli-html-'));
    const md = join(CORPUS, 'md');
    const run = await cli(['extract', '-j', '1', '-q', md, join(md, 'missing.md'), '-f', 'html', '-o', dir]);
    expect(run.code).toBe(1);
    const names = readdirSync(md).sort();
    expect(readdirSync(dir).sort()).toEqual([...names.map((n) => n.replace(/\.md$/u, '.html')), 'index.html'].sort());
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    for (const n of names) expect(index).toContain(`<a href="${n.replace(/\.md$/u, '.html')}">`);
    expect(index).toMatch(/Không đọc được: no such file/u);
    expect(index).not.toContain('<script');
    const page = readFileSync(join(dir, names[0]!.replace(/\.md$/u, '.html')), 'utf8');
    expect(page).toContain('<li id="L1" data-n="1"'); // the worker passed the source text along
    const stdout = await cli(['extract', md, '-f', 'html']);
    expect(stdout.code).toBe(2);
    expect(stdout.stderr).toMatch(/several inputs need -o DIR/u);
    const single = await cli(['extract', join(md, names[0]!), '-f', 'html']);
    expect(single.code).toBe(0);
    expect(single.stdout).toContain('<li id="L1" data-n="1"');
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
  });

  it('keeps index.html for the index: an input whose page would take that name fails, saying why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parcli-html-'));
    mkdirSync(join(dir, 'in'));
    const md = join(CORPUS, 'md');
    const [a, b] = readdirSync(md).sort();
    copyFileSync(join(md, a!), join(dir, 'in', 'index.md'));
    copyFileSync(join(md, b!), join(dir, 'in', 'plan.md'));
    const run = await cli(['extract', '-j', '1', '-q', join(dir, 'in'), '-f', 'html', '-o', join(dir, 'out')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/index\.md: output .*index\.html is the index page/u);
    expect(readdirSync(join(dir, 'out')).sort()).toEqual(['index.html', 'plan.html']);
    expect(readFileSync(join(dir, 'out', 'index.html'), 'utf8')).toContain('<a href="plan.html">');
  });
});
