/**
 * A bounded ZIP reader for DOCX inputs. It reads the central directory and
 * inflates entries on demand under a budget, so a zip bomb fails fast with a
 * LoadError instead of exhausting memory: declared sizes, the entry count and
 * the bytes actually inflated are all capped (declared sizes can lie).
 */
import { inflateRawSync } from 'node:zlib';
import { LoadError } from './types.js';

export interface ZipLimits {
  /** Most entries the archive may list. */
  maxEntries: number;
  /** Most bytes all entries may inflate to, together. */
  maxTotalBytes: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxEntries: 5000, maxTotalBytes: 200 * 1024 * 1024 };

export interface ZipArchive {
  names: string[];
  has(name: string): boolean;
  /** The inflated bytes of an entry; throws LoadError when over budget or corrupt. */
  read(name: string): Uint8Array;
}

interface Entry {
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the end.
  const stop = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let i = view.byteLength - 22; i >= stop; i--) if (view.getUint32(i, true) === EOCD_SIGNATURE) return i;
  throw new LoadError('not a ZIP archive (no central directory), expected a DOCX');
}

function readEntries(bytes: Uint8Array, limits: ZipLimits): Map<string, Entry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  const count = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new LoadError('ZIP64 archives are not supported');
  if (count > limits.maxEntries) throw new LoadError(`ZIP archive lists ${count} entries, more than the limit of ${limits.maxEntries}`);
  const decoder = new TextDecoder('utf-8');
  const entries = new Map<string, Entry>();
  let declared = 0;
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) throw new LoadError('corrupt ZIP archive (bad central directory)');
    const nameLength = view.getUint16(p + 28, true);
    const entry: Entry = {
      method: view.getUint16(p + 10, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    declared += entry.size;
    if (declared > limits.maxTotalBytes) throw new LoadError(`ZIP archive declares more than ${limits.maxTotalBytes} bytes uncompressed (a zip bomb?)`);
    entries.set(decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)), entry);
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return entries;
}

/** Opens a ZIP archive held in memory; throws LoadError when it is not one. */
export function openZip(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipArchive {
  const entries = readEntries(bytes, limits);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = limits.maxTotalBytes;
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read(name) {
      const e = entries.get(name);
      if (!e) throw new LoadError(`ZIP archive has no ${name}`);
      const at = e.localOffset;
      if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) throw new LoadError(`corrupt ZIP entry ${name}`);
      const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
      const data = bytes.subarray(start, start + e.compressedSize);
      if (e.method === 0) return data;
      if (e.method !== 8) throw new LoadError(`ZIP entry ${name} uses unsupported compression method ${e.method}`);
      // Inflate no more than the entry declares and the archive's budget allows.
      const cap = Math.min(e.size, budget);
      let out: Buffer;
      try {
        out = inflateRawSync(data, { maxOutputLength: Math.max(cap, 1) });
      } catch (cause) {
        const code = (cause as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE') throw new LoadError(`ZIP entry ${name} inflates past its declared size or the ${limits.maxTotalBytes}-byte limit (a zip bomb?)`, { cause });
        throw new LoadError(`corrupt ZIP entry ${name}`, { cause });
      }
      budget -= out.length;
      return out;
    },
  };
}
