/**
 * Loads DOCX inputs: the archive read under a budget (zip bombs fail fast),
 * document.xml prepared (list labels, legacy fonts, style bold — see
 * docx/prepare.ts), mammoth's HTML of it turned into blocks like any HTML.
 */
import mammoth from 'mammoth';
import { fromHtml } from 'hast-util-from-html';
import { reportConversion } from '../cleanse/legacy-encoding.js';
import { htmlBlocks } from './html.js';
import { openZip, type ZipArchive } from './zip.js';
import { parseXml, type XmlDocument } from './docx/xml.js';
import { readStyles } from './docx/styles.js';
import { readNumbering } from './docx/numbering.js';
import { prepareDocument } from './docx/prepare.js';
import { LoadError, type Loader } from './types.js';
import { legacyWordToDocx } from './docx/legacy-word.js';
import { isLegacyWord } from './sniff.js';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';

function readPart(zip: ZipArchive, name: string): XmlDocument | null {
  return zip.has(name) ? parseXml(new TextDecoder('utf-8').decode(zip.read(name)), name) : null;
}

/**
 * Mammoth's zip interface over the bounded archive, serving the prepared
 * document.xml and hiding numbering.xml: the labels are already in the text,
 * so mammoth must not turn the paragraphs into lists again.
 */
function mammothFile(zip: ZipArchive, documentXml: string) {
  const document = new TextEncoder().encode(documentXml);
  return {
    exists: (name: string) => name !== NUMBERING && zip.has(name),
    read: async (name: string, encoding?: string) => {
      const bytes = name === DOCUMENT ? document : zip.read(name);
      if (encoding === 'base64') return Buffer.from(bytes).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(bytes) : bytes;
    },
  };
}

export const loadDocx: Loader = async (input, ctx) => {
  if (!input.bytes.length) throw new LoadError('empty file');
  let bytes = input.bytes;
  if (isLegacyWord(bytes)) {
    bytes = await legacyWordToDocx(bytes);
    ctx.report('Converted a Word 97–2003 or RTF file to DOCX with LibreOffice; positions point into the text of that DOCX', { ruleId: 'docx/converted', severity: 'info' });
  }
  const zip = openZip(bytes);
  const document = readPart(zip, DOCUMENT);
  if (!document) throw new LoadError(`ZIP archive without ${DOCUMENT}, expected a DOCX`);
  const prepared = prepareDocument(document, readStyles(readPart(zip, 'word/styles.xml')), readNumbering(readPart(zip, NUMBERING)));
  for (const encoding of prepared.converted.keys()) reportConversion(ctx.report, encoding, 'runs');
  let html: string;
  try {
    // `file` is mammoth's own zip interface (lib/unzip.js); images are not read at all.
    const result = await mammoth.convertToHtml({ file: mammothFile(zip, prepared.xml) } as unknown as { buffer: Buffer }, {
      convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
    });
    html = result.value;
  } catch (cause) {
    if (cause instanceof LoadError) throw cause;
    throw new LoadError(`unreadable DOCX: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
  const { text, blocks } = htmlBlocks(fromHtml(html, { fragment: true }), ctx.grammar);
  return { format: 'docx', text, blocks, pages: null, ocr: false };
};
