import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { AppError } from '../../../shared/contract/errors';
import { articleFromLines } from './article';
import { htmlToLines, type DomElement } from './html-text';
import type { Importer, ImportFile, ParsedArticle, Stated } from './importer';
import { isMeaningfulDocumentTitle } from './title';
import { isZip, zipEntries } from './zip-entries';

/** Title-styled paragraphs are marked so they can be told from Heading 1 when naming the title's source. */
const TITLE_CLASS = 'docx-title';

/**
 * Word documents through mammoth, which turns their structure (headings, lists, tables) into HTML
 * that the same line reader as web pages flattens. Images and linked files are never read.
 */
export const docxImporter: Importer = {
  format: 'docx',
  extensions: ['.docx'],
  sniff: (bytes) => isZip(bytes) && zipEntries(bytes)?.has('word/document.xml') === true,
  parse: parseDocx,
};

async function parseDocx(file: ImportFile, fallbackTitle: string): Promise<ParsedArticle> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength) },
      {
        styleMap: [`p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`],
        includeEmbeddedStyleMap: false,
        externalFileAccess: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
  } catch {
    throw new AppError('UNSUPPORTED_FORMAT', `${file.name} is a Word document that is damaged or incomplete; Dossier cannot read its text.`);
  }
  const document = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as DomElement;
  const properties = coreProperties(file.bytes);
  const heading = document.querySelector('h1');
  const headingText = heading?.textContent?.trim();
  const title: Stated | undefined = headingText
    ? { value: headingText, source: heading?.getAttribute('class') === TITLE_CLASS ? 'DOCX Title style' : 'DOCX Heading 1' }
    : properties.title;
  const article = articleFromLines(htmlToLines(document.querySelector('body') ?? document), fallbackTitle, {
    knownTitle: title,
    lineSource: (index) => `text line ${index + 1}`,
    titleMayNameOutlet: false,
  });
  return { ...article, stated: { ...article.stated, ...(properties.author && { author: properties.author }) } };
}

/** dc:title and dc:creator from docProps/core.xml, the document's properties in Word. */
function coreProperties(bytes: Uint8Array): { title?: Stated; author?: Stated } {
  const entry = zipEntries(bytes)?.get('docProps/core.xml');
  if (!entry) return {};
  let xml: string;
  try {
    xml = new TextDecoder('utf-8').decode(entry.read());
  } catch {
    return {};
  }
  const field = (tag: string) => {
    const value = decodeXmlText(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)?.[1] ?? '').trim();
    return value === '' ? undefined : value;
  };
  const title = field('dc:title');
  const author = field('dc:creator');
  return {
    ...(title && isMeaningfulDocumentTitle(title) && { title: { value: title, source: 'DOCX core properties dc:title' } }),
    ...(author && { author: { value: author, source: 'DOCX core properties dc:creator' } }),
  };
}

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number(entity.slice(1)));
    return XML_ENTITIES[entity.toLowerCase()] ?? '';
  });
}
