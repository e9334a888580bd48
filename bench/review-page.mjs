// The review page of a 100-page plan opened in Chromium (issue 14: under 2 s). The plan is the first
// 100 pages of the large PDF (the corpus plans joined); parcli writes its page once, then headless
// Chromium (Debian's, driven by puppeteer-core) opens it from disk in a fresh tab per run: the time
// runs from navigation to the first frame after the load event (the page's script has filled the
// filters and bound the rows by then). Chromium's own start is not counted. Beside the wall time, the
// CPU time all of Chromium's processes spent on it (from /proc): on a machine other work keeps busy,
// wall time grows with the load, CPU time hardly does, and an idle machine opens the page in about that.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
const PAGES = 100;

const TICKS = 100; // USER_HZ: /proc times are in 1/100 s on Linux

/** CPU seconds used so far by a process and all its descendants. */
function treeCpu(root) {
  const stats = readdirSync('/proc').filter((d) => /^\d+$/u.test(d)).flatMap((pid) => {
    try {
      // Fields after the command name "(…)": state ppid … utime (14th overall) stime (15th).
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /su, '').split(' ');
      return [{ pid: Number(pid), ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICKS }];
    } catch {
      return [];
    }
  });
  const tree = new Set([root]);
  for (let grew = true; grew;) {
    grew = false;
    for (const s of stats) if (!tree.has(s.pid) && tree.has(s.ppid)) (tree.add(s.pid), (grew = true));
  }
  return stats.filter((s) => tree.has(s.pid)).reduce((sum, s) => sum + s.cpu, 0);
}

/** Median, min and max seconds over `runs` openings (after one warm-up), with the page's size. */
export async function benchReviewPage(root, largePdf, { runs = 5 } = {}) {
  const { default: puppeteer } = await import('puppeteer-core');
  const dir = mkdtempSync(join(tmpdir(), 'parcli-bench-page-'));
  const plan = join(root, `bench/.corpus/large/plan-${PAGES}p.pdf`);
  if (!existsSync(plan)) execFileSync('qpdf', ['--empty', '--pages', largePdf, `1-${PAGES}`, '--', plan]);
  const html = join(dir, 'plan.html');
  execFileSync(process.execPath, [join(root, 'bin/parcli.js'), 'extract', plan, '-f', 'html', '-o', html, '-q']);
  const markup = readFileSync(html, 'utf8');
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: join(dir, 'profile'),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const times = [];
  const cpu = [];
  const pid = browser.process().pid;
  try {
    for (let i = 0; i <= runs; i++) {
      const tab = await browser.newPage();
      await tab.setViewport({ width: 1500, height: 950 });
      const started = performance.now();
      const cpuStarted = treeCpu(pid);
      await tab.goto(pathToFileURL(html).href, { waitUntil: 'load' });
      await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
      if (i > 0) times.push((performance.now() - started) / 1000), cpu.push(treeCpu(pid) - cpuStarted);
      await tab.close();
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  times.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  return {
    pages: PAGES, plan, runs, median: times[times.length >> 1], min: times[0], max: times.at(-1), cpu: cpu[cpu.length >> 1],
    lines: (markup.match(/<li id="L/gu) ?? []).length, tasks: (markup.match(/<tr data-line="\d+" data-end="\d+" data-what="Nhiệm vụ/gu) ?? []).length,
    megabytes: Buffer.byteLength(markup) / 1024 / 1024,
  };
}
