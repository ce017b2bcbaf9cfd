import { writeZip } from './zip-writer';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A paragraph of a test document: its style ('Title', 'Heading1', 'ListBullet') and text. */
export type DocxBlock = { style?: 'Title' | 'Heading1' | 'Heading2' | 'ListBullet'; text: string } | { table: string[][] };

/** A minimal Word document as Word writes it: styles, bullet numbering and core properties. */
export function writeDocx(blocks: DocxBlock[], properties: { title?: string; creator?: string } = {}): Buffer {
  const body = blocks.map((block) => ('table' in block ? table(block.table) : paragraph(block.text, block.style))).join('');
  return writeZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
    'word/_rels/document.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`,
    'word/styles.xml':
      `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W}">` +
      ['Title:Title', 'Heading1:heading 1', 'Heading2:heading 2', 'ListBullet:List Bullet']
        .map((pair) => pair.split(':'))
        .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`)
        .join('') +
      '</w:styles>',
    'word/numbering.xml':
      `<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
      '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>',
    'docProps/core.xml':
      '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">' +
      (properties.title ? `<dc:title>${xml(properties.title)}</dc:title>` : '') +
      (properties.creator ? `<dc:creator>${xml(properties.creator)}</dc:creator>` : '') +
      '</cp:coreProperties>',
  });
}

function paragraph(text: string, style?: string): string {
  const list = style === 'ListBullet' ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '';
  const properties = style ? `<w:pPr><w:pStyle w:val="${style}"/>${list}</w:pPr>` : '';
  return `<w:p>${properties}<w:r><w:t xml:space="preserve">${xml(text)}</w:t></w:r></w:p>`;
}

function table(rows: string[][]): string {
  return `<w:tbl>${rows.map((cells) => `<w:tr>${cells.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`).join('')}</w:tbl>`;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
