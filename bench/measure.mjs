// Timing and peak-RSS helpers shared by every bench section.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const TIME = '/usr/bin/time';
const hasTime = existsSync(TIME);
const rssFile = join(tmpdir(), `parcli-bench-rss-${process.pid}`);

/**
 * Runs a command once; returns wall seconds, peak RSS in MB and CPU seconds (user + system; both
 * null without GNU time), and the exit status and stderr. Throws on failure unless `allowFail`.
 */
export function runOnce(cmd, args, { allowFail = false, ...options } = {}) {
  const [file, argv] = hasTime ? [TIME, ['-f', '%M %U %S', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const started = process.hrtime.bigint();
  const child = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.status !== 0 && !allowFail) throw new Error(`${cmd} ${args.join(' ')} exited ${child.status}: ${child.stderr}`);
  let rssMB = null;
  let cpu = null;
  if (hasTime) {
    const [rss, user, system] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    rssMB = rss / 1024;
    cpu = user + system;
    rmSync(rssFile, { force: true });
  }
  return { seconds, rssMB, cpu, status: child.status, stderr: child.stderr };
}

/** Runs a command `warmup` times unmeasured, then `runs` times; median and range of wall time, highest peak RSS. */
export function sample(cmd, args, { runs = 5, warmup = 1, ...options } = {}) {
  for (let i = 0; i < warmup; i++) runOnce(cmd, args, options);
  const all = Array.from({ length: runs }, () => runOnce(cmd, args, options));
  const times = all.map((r) => r.seconds).sort((a, b) => a - b);
  const mid = times.length >> 1;
  const median = times.length % 2 ? times[mid] : (times[mid - 1] + times[mid]) / 2;
  const rss = all.map((r) => r.rssMB).filter((r) => r !== null);
  return { runs, median, min: times[0], max: times[times.length - 1], rssMB: rss.length ? Math.max(...rss) : null };
}

/** Whether an executable is on PATH. */
export function have(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/** The machine's CPU time counters (/proc/stat, in ticks), or null off Linux. */
export function cpuCounters() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/u).map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return null;
  }
}

/** The share of CPU time the hypervisor gave to other guests between two counters: wall times grow with it. */
export const stealShare = (before, after) => (before && after && after.total > before.total ? (after.steal - before.steal) / (after.total - before.total) : null);
