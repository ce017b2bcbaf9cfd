import type { DocumentRecord } from '../../../shared/model/document';
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

export function DocumentMeta({ document }: { document: DocumentRecord }) {
  const parts = [
    document.outlet,
    document.author,
    document.published === null ? null : formatPartialDate(document.published),
    document.language === null ? null : languageName(document.language),
    formatWords(document.words),
  ].filter((part): part is string => part !== null && part !== '');
  const link = safeLink(document.url);

  return (
    <div className="document-meta">
      <p className="document-byline">{parts.join(' · ')}</p>
      {document.url !== null && (
        <p className="document-url">
          {link ? (
            // The Electron host sends target=_blank links to the system browser.
            <a href={link} target="_blank" rel="noreferrer">
              {link}
            </a>
          ) : (
            document.url
          )}
        </p>
      )}
    </div>
  );
}
