/**
 * Word 97–2003 (.doc) and RTF files, which offices still send: LibreOffice converts them to DOCX,
 * which the DOCX loader then reads like any other. Without LibreOffice the file fails with the
 * way to read it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LoadError } from '../types.js';
import { runTool, ToolMissingError } from '../pdf/run.js';
import { isRtf } from '../sniff.js';

export const LIBREOFFICE_HINT = 'apt-get install libreoffice-writer-nogui';

/** Converts a .doc or RTF file to DOCX bytes with LibreOffice, in a folder of its own that is removed after. */
export async function legacyWordToDocx(bytes: Uint8Array): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'parcli-doc-'));
  try {
    const input = join(dir, isRtf(bytes) ? 'input.rtf' : 'input.doc');
    await writeFile(input, bytes);
    // A private profile: a user's running LibreOffice (or another conversion) does not block this one.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    const res = await runTool('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input], { timeoutMs: 180_000 });
    const output = join(dir, 'input.docx');
    if (res.code !== 0 || !existsSync(output)) {
      throw new LoadError(`cannot convert this Word 97–2003 or RTF file to DOCX with LibreOffice: ${res.stderr.trim().split('\n').pop() || 'no output'}`);
    }
    return new Uint8Array(await readFile(output));
  } catch (err) {
    if (err instanceof ToolMissingError) {
      throw new LoadError(`a Word 97–2003 or RTF file: parcli reads it through LibreOffice, which is not installed (${LIBREOFFICE_HINT}); or save it as .docx`);
    }
    throw err;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
