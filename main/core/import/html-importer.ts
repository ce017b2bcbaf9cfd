import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleFromLines } from './article';
import { readPageMetadata } from './html-metadata';
import { htmlToLines, type DomElement, type DomNode } from './html-text';
import type { Importer } from './importer';
import { decodeUtf8 } from './utf8';

/**
 * Saved web pages. linkedom builds the DOM without running a script or loading anything the page
 * refers to; Readability then keeps the article and drops the page around it.
 */
export const htmlImporter: Importer = {
  format: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  sniff: looksLikeHtml,
  parse(file, fallbackTitle) {
    const document = parseHTML(decodeUtf8(file)).document as unknown as DomElement;
    const { title, ...metadata } = readPageMetadata(document);
    const article = articleFromLines(articleLines(document), fallbackTitle, { knownTitle: title, lineSource: (index) => `text line ${index + 1}` });
    const outlet = metadata.outlet ?? article.stated.outlet;
    return { ...article, outlet: outlet?.value ?? null, stated: { ...metadata, ...article.stated, ...(outlet && { outlet }) } };
  },
};

function articleLines(document: DomElement): string[] {
  const clone = (document as unknown as { cloneNode(deep: boolean): unknown }).cloneNode(true);
  const readable = new Readability<DomNode>(clone as never, { serializer: (node) => node as unknown as DomNode }).parse();
  const lines = readable?.content ? htmlToLines(readable.content) : [];
  if (lines.some((line) => line !== '')) return lines;
  return htmlToLines(document.querySelector('body') ?? document);
}

const HTML_START = /^<(!doctype\s+html|html|head|meta|body)[\s>/]/i;
const LEADING_NOISE = /^(\s+|<!--[\s\S]*?-->|<\?xml[^>]*\?>)/;

/** True when a document starts as a web page does, after any BOM, blank space, comments or XML declaration. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  for (let match = LEADING_NOISE.exec(head); match; match = LEADING_NOISE.exec(head)) head = head.slice(match[0].length);
  return HTML_START.test(head);
}
