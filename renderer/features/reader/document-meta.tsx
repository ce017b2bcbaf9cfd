import type { ReactNode } from 'react';
import type { DocumentRecord, MetadataField } from '../../../shared/model/document';
import { formatPartialDate, formatWords, languageName } from '../../components/format';

/** Only http(s) links are offered; anything else is shown as text, never made clickable. */
function safeLink(url: string | null): string | null {
  if (url === null) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function UrlValue({ url }: { url: string }) {
  const link = safeLink(url);
  // The Electron host sends target=_blank links to the system browser.
  return link ? (
    <a href={link} target="_blank" rel="noreferrer">
      {link}
    </a>
  ) : (
    url
  );
}

const ROWS: readonly { field: MetadataField; label: string; value: (document: DocumentRecord) => ReactNode }[] = [
  { field: 'title', label: 'Title', value: (document) => document.title },
  { field: 'outlet', label: 'Outlet', value: (document) => document.outlet },
  { field: 'author', label: 'Author', value: (document) => document.author },
  { field: 'url', label: 'URL', value: (document) => document.url && <UrlValue url={document.url} /> },
  { field: 'published', label: 'Published', value: (document) => document.published && formatPartialDate(document.published) },
  { field: 'language', label: 'Language', value: (document) => document.language && languageName(document.language) },
];

/** Where a value came from, so a researcher can judge it: the hand beats any extraction. */
export function sourceOf(document: DocumentRecord, field: MetadataField): string | null {
  if (document.handSet.includes(field)) return 'set by hand';
  const source = document.provenance[field];
  return source ? `from ${source}` : null;
}

/** The document's details, each with where it came from in muted text. */
export function DocumentMeta({ document }: { document: DocumentRecord }) {
  return (
    <div role="group" aria-label="Details" className="document-meta-group">
      <dl className="document-meta">
        {ROWS.map(({ field, label, value }) => {
          const source = sourceOf(document, field);
          return (
            <div key={field} className="meta-row">
              <dt>{label}</dt>
              <dd>
                <span className="meta-value">{value(document) || '—'}</span>
                {source && <span className="meta-source">{source}</span>}
              </dd>
            </div>
          );
        })}
        <div className="meta-row">
          <dt>Length</dt>
          <dd>
            <span className="meta-value">{formatWords(document.words)}</span>
          </dd>
        </div>
      </dl>
    </div>
  );
}
