import Markdown, { type Components } from 'react-markdown';
import type { MouseEvent, ReactNode } from 'react';
import './markdown-note.css';

function isWebLink(href: string | undefined): href is string {
  if (!href) return false;
  try {
    const { protocol } = new URL(href);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Links never navigate the app: a click on an http(s) link asks the host for a new window, which
 * Electron turns into the system browser (web-security.ts) and a browser into a new tab. Anything
 * else is shown as text.
 */
function NoteLink({ href, children }: { href?: string | undefined; children?: ReactNode }) {
  if (!isWebLink(href)) return <span className="note-link-inert">{children}</span>;
  const open = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    window.open(href, '_blank', 'noopener,noreferrer');
  };
  return (
    <a href={href} onClick={open} rel="noopener noreferrer" title={`${href} (opens in your browser)`}>
      {children}
    </a>
  );
}

const components: Components = {
  a: ({ href, children }) => <NoteLink href={href}>{children}</NoteLink>,
  // A note's images would load from the network; the notebook stays offline.
  img: ({ alt }) => <span className="note-image-alt">{alt ? `[image: ${alt}]` : '[image]'}</span>,
};

/** A note written in Markdown, rendered as React elements: raw HTML is dropped, never parsed. */
export function MarkdownNote({ source }: { source: string }) {
  return (
    <div className="markdown-note">
      <Markdown skipHtml components={components}>
        {source}
      </Markdown>
    </div>
  );
}
