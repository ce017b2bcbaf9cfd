/** Text drawn at a position on a page, in points from the bottom-left corner. */
export interface PdfRun {
  text: string;
  x: number;
  y: number;
  size?: number;
}

export interface PdfPage {
  runs?: PdfRun[];
  /** Raw drawing operators, e.g. a filled rectangle standing in for a scanned image. */
  graphics?: string;
}

/**
 * Writes a small valid PDF with Helvetica (a standard font, nothing embedded) and a correct xref
 * table, so tests can lay text out exactly as a publication would.
 */
export function writePdf(pages: PdfPage[], info: Record<string, string> = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds = pages.map((_, index) => 4 + index * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const [index, page] of pages.entries()) {
    const text = (page.runs ?? []).map((run) => `BT /F1 ${run.size ?? 10} Tf ${run.x} ${run.y} Td (${escape(run.text)}) Tj ET`).join('\n');
    const stream = [page.graphics ?? '', text].filter(Boolean).join('\n');
    add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageIds[index]! + 1} 0 R >>`);
    add(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
  }
  const infoEntries = Object.entries(info);
  if (infoEntries.length > 0) add(`<< ${infoEntries.map(([key, value]) => `/${key} (${escape(value)})`).join(' ')} >>`);
  let pdf = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (const [index, body] of objects.entries()) {
    offsets.push(Buffer.byteLength(pdf, 'latin1'));
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf, 'latin1');
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  const infoRef = infoEntries.length > 0 ? ` /Info ${objects.length} 0 R` : '';
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${infoRef} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function escape(text: string): string {
  return text.replace(/[\\()]/g, (char) => `\\${char}`);
}
