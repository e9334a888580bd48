/**
 * Turns command-line inputs into the list of files to read: files as given,
 * folders walked recursively for known extensions, globs expanded, "-" for stdin.
 * An input that names nothing becomes an item carrying its error, so the batch reports it and goes on.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';

/** Extensions a folder walk picks up; other files in a folder are not inputs. */
export const KNOWN_EXTENSIONS = ['txt', 'md', 'markdown', 'pdf', 'docx', 'doc', 'rtf', 'html', 'htm'] as const;

/** One file to extract. */
export interface InputItem {
  /** How messages and the report name it: as given, or relative to cwd when found under a folder or glob. */
  display: string;
  /** Absolute path; null for stdin and for an input that names nothing. */
  path: string | null;
  /** The folder its tree is mirrored from under `-o DIR`: a file's folder, the folder or the glob's fixed prefix given. */
  root: string | null;
  /** Standard input's bytes, for "-". */
  bytes?: Uint8Array;
  /** Why it cannot be read, when that is known before extraction. */
  error?: string;
}

/** The name standard input gets in results and output paths (no extension, so its format is sniffed). */
export const STDIN_NAME = 'stdin';

const slash = (p: string) => p.split('\\').join('/');

/** The fixed folder prefix of a glob: "docs/2024/*.txt" → "docs/2024". */
function globBase(pattern: string, isDynamicPattern: (p: string) => boolean): string {
  const parts = slash(pattern).split('/');
  const firstDynamic = parts.findIndex((part) => isDynamicPattern(part));
  return parts.slice(0, firstDynamic).join('/') || (pattern.startsWith('/') ? '/' : '.');
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function expandOne(arg: string, cwd: string, stdin: NodeJS.ReadableStream | undefined): Promise<InputItem[]> {
  if (arg === '-') {
    if (!stdin) return [{ display: arg, path: null, root: null, error: 'no standard input' }];
    return [{ display: arg, path: null, root: null, bytes: await readAll(stdin) }];
  }
  const path = resolve(cwd, arg);
  const stats = await stat(path).catch(() => null);
  if (stats?.isFile()) return [{ display: arg, path, root: dirname(path) }];
  // Loaded only here: a run over files named one by one never pays for the glob library.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  let root: string;
  let found: string[];
  let typedRoot: string; // the root as the user typed it, so found files are named the way the user names them
  if (stats?.isDirectory()) {
    root = path;
    typedRoot = arg;
    found = await glob(`**/*.{${KNOWN_EXTENSIONS.join(',')}}`, { cwd: root, absolute: true, caseSensitiveMatch: false });
  } else if (isDynamicPattern(arg)) {
    typedRoot = globBase(arg, isDynamicPattern);
    root = resolve(cwd, typedRoot);
    found = await glob(slash(relative(root, path)), { cwd: root, absolute: true });
  } else return [{ display: arg, path: null, root: null, error: 'no such file' }];
  if (found.length === 0) {
    const what = stats ? `no ${KNOWN_EXTENSIONS.map((e) => `.${e}`).join(' ')} files in this folder` : 'no files match';
    return [{ display: arg, path: null, root: null, error: what }];
  }
  return found
    .map((file) => resolve(file))
    .sort()
    .map((file) => ({ display: slash(join(typedRoot, relative(root, file))), path: file, root }));
}

/** Expands the inputs in the order given; a file named twice is read once. */
export async function expandInputs(args: string[], cwd: string, stdin?: NodeJS.ReadableStream): Promise<InputItem[]> {
  const seen = new Set<string>();
  const items: InputItem[] = [];
  for (const arg of args) {
    for (const item of await expandOne(arg, cwd, stdin)) {
      const key = item.path ?? `\0${item.display}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push(item);
    }
  }
  return items;
}
