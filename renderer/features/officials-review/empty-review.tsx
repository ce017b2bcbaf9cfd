import { FileText, UserPlus } from 'lucide-react';
import { EmptyState } from '../../components/empty-state';

/** An empty queue says where suggestions come from, so the researcher knows how to get some. */
export function EmptyReview() {
  return (
    <EmptyState
      title="Nothing to review"
      region
      ways={[
        {
          icon: FileText,
          text: (
            <>
              <strong>Importing articles</strong> finds the registry’s people in them, and people introduced by a title (“Secretary”,
              “Senator”) whom the registry does not know yet.
            </>
          ),
        },
        { icon: UserPlus, text: <><strong>Adding a person or an alias</strong> to the registry finds where the articles already imported name them.</> },
      ]}
    >
      Suggestions come from your imports and the registry of officials. Each one waits here until you accept or reject it.
    </EmptyState>
  );
}
