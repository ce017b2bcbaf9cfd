/** One person of the registry as the matcher sees it: ids are the caller's, never interpreted. */
export interface RegistryPerson {
  id: number | string;
  name: string;
  aliases: readonly string[];
}

/** A [start, end) range of UTF-16 offsets into the text that was searched, with its text. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/**
 * Why a mention was suggested, so the researcher can weigh it:
 * - alias: the canonical name or an alias, whole;
 * - surname: a surname alone, when the text names the person in full or the registry has one
 *   person of that surname;
 * - given-name: a first name alone, only in a text that names exactly one such person in full;
 * - typo: a name one edit away from a registry name (two edits for one word of a longer name);
 * - glued: a name at the start of a word glued to the next one ("Mayorkasand");
 * - handle: a social-media handle that contains a registry surname ("@SecMayorkas").
 */
export type MentionRule = 'alias' | 'surname' | 'given-name' | 'typo' | 'glued' | 'handle';

export interface KnownMention extends Span {
  officialId: number | string;
  rule: MentionRule;
  /** The registry name the text was matched against, as the researcher typed it. */
  alias: string;
}

/** The words around a mention, cut at word boundaries and never across a paragraph break. */
export interface MentionContext {
  before: string;
  after: string;
}

/**
 * What made a capitalised sequence look like a person: a title before it ("Secretary Ebrard",
 * "the head of foreign relations, Alicia Bárcena"), an office after it ("Uzra Zeya,
 * undersecretary of…"), a tweet signature ("— Name (@handle)"), a handle alone, or only the shape
 * of a name (two or more capitalised words that are not places, offices or institutions).
 */
export type CandidateEvidence = 'title' | 'office-after' | 'signature' | 'handle' | 'name-shape';

/** Someone the registry does not know yet, as the text names them. */
export interface Candidate {
  /** The fullest form the text gives, as written (spaces collapsed, no possessive). */
  name: string;
  /** The office phrase that introduced them, as written, if any. */
  title?: string;
  handles: string[];
  evidence: CandidateEvidence[];
  mentions: Span[];
}

/** A handle to add to a known person: the tweet they sign, or a handle that contains their surname. */
export interface AliasProposal {
  officialId: number | string;
  alias: string;
  mentions: Span[];
}
