import type { PDFDocumentProxy } from 'pdfjs-dist';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { AppError } from '../../../shared/contract/errors';
import { articleFromLines } from './article';
import type { Importer, ImportFile, ParsedArticle, Stated } from './importer';
import { layOutPages, type TextPiece } from './pdf-layout';
import { isMeaningfulDocumentTitle } from './title';

type PdfJs = typeof PdfJsModule;

let pdfjs: Promise<PdfJs> | undefined;

/**
 * pdf.js runs in this thread (the core worker is already off the main process): handing it the
 * worker module up front is its documented way to skip spawning a worker or loading one by path.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

export const pdfImporter: Importer = {
  format: 'pdf',
  extensions: ['.pdf'],
  sniff: (bytes) => /^\s*%PDF-/.test(new TextDecoder('latin1').decode(bytes.subarray(0, 1024))),
  parse: parsePdf,
};

async function parsePdf(file: ImportFile, fallbackTitle: string): Promise<ParsedArticle> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller still needs the original bytes.
    data: new Uint8Array(file.bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    disableAutoFetch: true,
    disableStream: true,
    disableRange: true,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw unreadablePdf(file.name, error);
    });
    const pages = await pagePieces(document);
    if (!pages.some((pieces) => pieces.some((piece) => piece.text.trim() !== ''))) {
      throw new AppError('UNSUPPORTED_FORMAT', `${file.name} is a scanned PDF with no text; run OCR on it first, then import it again.`);
    }
    const info = await documentInfo(document);
    const { lines, sources } = layOutPages(pages);
    const title = info.Title && isMeaningfulDocumentTitle(info.Title) ? { value: info.Title, source: 'PDF info Title' } : undefined;
    const article = articleFromLines(lines, fallbackTitle, { knownTitle: title, lineSource: (index) => sources[index] ?? `line ${index + 1}` });
    const author = statedInfo(info.Author, 'PDF info Author');
    const language = statedInfo(info.Language, 'PDF catalog Lang');
    return { ...article, stated: { ...article.stated, ...(author && { author }), ...(language && { language }) } };
  } finally {
    await task.destroy();
  }
}

async function pagePieces(document: PDFDocumentProxy): Promise<TextPiece[][]> {
  const pages: TextPiece[][] = [];
  for (let number = 1; number <= document.numPages; number += 1) {
    const page = await document.getPage(number);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .filter((item): item is TextItem => 'str' in item)
        .map((item) => ({ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height || Math.abs(item.transform[3] as number) })),
    );
    page.cleanup();
  }
  return pages;
}

interface PdfInfo {
  Title?: string;
  Author?: string;
  Language?: string;
}

async function documentInfo(document: PDFDocumentProxy): Promise<PdfInfo> {
  const { info } = await document.getMetadata().catch(() => ({ info: {} }));
  const fields = info as Record<string, unknown>;
  const text = (key: string) => (typeof fields[key] === 'string' ? (fields[key] as string).trim() : undefined);
  return { Title: text('Title'), Author: text('Author'), Language: text('Language') };
}

function statedInfo(value: string | undefined, source: string): Stated | undefined {
  return value ? { value, source } : undefined;
}

function unreadablePdf(name: string, error: unknown): AppError {
  const kind = (error as { name?: string } | null)?.name;
  if (kind === 'PasswordException') {
    return new AppError('UNSUPPORTED_FORMAT', `${name} is a password-protected PDF document; open it, save a copy without the password, and import that copy.`);
  }
  return new AppError('UNSUPPORTED_FORMAT', `${name} is a PDF document that is damaged or incomplete; Dossier cannot read its text.`);
}
