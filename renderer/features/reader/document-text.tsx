import { forwardRef, memo } from 'react';
import { paragraphsOf } from '../../../shared/text/normalize';
import { paragraphStarts } from './text-offsets';

/**
 * The stored text, one `<p>` per paragraph whose only child is the paragraph's exact text node and
 * whose `data-start` is its offset in the text: highlights map UTF-16 offsets onto these nodes, so
 * nothing here may trim or retype the text.
 */
export const DocumentText = memo(
  forwardRef<HTMLDivElement, { text: string; language: string | null }>(function DocumentText({ text, language }, ref) {
    const paragraphs = paragraphsOf(text);
    const starts = paragraphStarts(paragraphs);
    return (
      <div ref={ref} className="document-text" lang={language ?? undefined}>
        {paragraphs.map((paragraph, index) => (
          <p key={index} data-start={starts[index]}>
            {paragraph}
          </p>
        ))}
      </div>
    );
  }),
);
