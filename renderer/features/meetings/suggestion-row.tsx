import type { ReactNode } from 'react';
import { Check, X } from 'lucide-react';

interface SuggestionRowProps {
  children: ReactNode;
  /** The sentences it came from. */
  evidence: readonly { text: string; note?: string }[];
  acceptLabel: string;
  onAccept: () => void;
  onDismiss: () => void;
}

/** One suggestion with the passages behind it; nothing is recorded until Accept. */
export function SuggestionRow({ children, evidence, acceptLabel, onAccept, onDismiss }: SuggestionRowProps) {
  return (
    <li className="meeting-suggestion">
      <div className="meeting-suggestion-what">{children}</div>
      {evidence.map((sentence, index) => (
        <blockquote key={index} className="meeting-suggestion-sentence">
          {sentence.note && <span className="meeting-evidence-support">{sentence.note}</span>}
          {sentence.text}
        </blockquote>
      ))}
      <div className="meeting-suggestion-actions">
        <button type="button" className="button button-small" onClick={onAccept}>
          <Check size={13} aria-hidden />
          {acceptLabel}
        </button>
        <button type="button" className="button button-small" onClick={onDismiss}>
          <X size={13} aria-hidden />
          Dismiss
        </button>
      </div>
    </li>
  );
}
