interface MentionSnippetProps {
  documentTitle: string;
  before: string;
  text: string;
  after: string;
}

/** Where a name was found: the document, then the words around it with the name marked. */
export function MentionSnippet({ documentTitle, before, text, after }: MentionSnippetProps) {
  return (
    <>
      <span className="review-snippet-document">{documentTitle}</span>
      <span className="review-snippet-context">
        {before}
        <mark>{text}</mark>
        {after}
      </span>
    </>
  );
}
