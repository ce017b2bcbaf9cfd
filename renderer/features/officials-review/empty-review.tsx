import { FileText, UserPlus } from 'lucide-react';

/** An empty queue says where suggestions come from, so the researcher knows how to get some. */
export function EmptyReview() {
  return (
    <section className="empty-state" aria-labelledby="empty-review-title">
      <h2 id="empty-review-title">Nothing to review</h2>
      <p>Suggestions come from your imports and the registry of officials. Each one waits here until you accept or reject it.</p>
      <ul className="empty-state-ways">
        <li>
          <FileText size={18} aria-hidden />
          <span>
            <strong>Importing articles</strong> finds the registry’s people in them, and people introduced by a title (“Secretary”,
            “Senator”) whom the registry does not know yet.
          </span>
        </li>
        <li>
          <UserPlus size={18} aria-hidden />
          <span>
            <strong>Adding a person or an alias</strong> to the registry finds where the articles already imported name them.
          </span>
        </li>
      </ul>
    </section>
  );
}
