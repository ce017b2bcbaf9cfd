/** Rules that guess, said in words: the researcher weighs these before accepting. */
const GUESSES: Record<string, { label: string; why: string }> = {
  surname: { label: 'Surname only', why: 'Only the surname is written' },
  'given-name': { label: 'Given name only', why: 'Only the given name is written' },
  typo: { label: 'Possible typo', why: 'Spelled one or two letters differently from' },
  glued: { label: 'Glued to next word', why: 'Written joined to the following word; matched' },
  handle: { label: 'Handle', why: 'A social-media handle containing' },
};

/** Nothing for a name or alias written whole; a badge naming the guess otherwise. */
export function RuleBadge({ rule, alias }: { rule: string; alias: string }) {
  const guess = GUESSES[rule];
  if (!guess) return null;
  return (
    <span className="review-rule" data-rule={rule} title={`${guess.why} “${alias}”`}>
      {guess.label}
    </span>
  );
}
