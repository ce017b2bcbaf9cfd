import { snippetParts } from './snippet-parts';

/** The snippet as text nodes with the matches in <mark>; the core's text never becomes markup. */
export function SnippetText({ snippet, highlights }: { snippet: string; highlights: readonly (readonly [number, number])[] }) {
  return (
    <>
      {snippetParts(snippet, highlights).map((part, index) => (part.marked ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
