/** `--shard I/N`: a deterministic split of the inputs so N CI jobs can share one corpus. */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses "I/N" with 1 ≤ I ≤ N; null when malformed. */
export function parseShard(text: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/u.exec(text.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

/** Whether a relative input path belongs to the shard: sha1 of the path, mod N. */
export function inShard(rel: string, shard: Shard): boolean {
  return createHash('sha1').update(rel).digest().readUInt32BE(0) % shard.count === shard.index - 1;
}
