import { memo } from 'react';
import { paragraphsOf } from '../../../shared/text/normalize';

/**
 * The stored text, one `<p>` per paragraph whose only child is the paragraph's exact text node:
 * highlights map UTF-16 offsets onto these nodes, so nothing here may trim or retype the text.
 */
export const DocumentText = memo(function DocumentText({ text, language }: { text: string; language: string | null }) {
  return (
    <div className="document-text" lang={language ?? undefined}>
      {paragraphsOf(text).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  );
});
