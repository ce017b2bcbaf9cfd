import { describe, expect, it } from 'vitest';
import { findCandidates } from '../../../../main/core/meetings/suggest/candidates';
import { datesCompatible, isEarlier, sameDay } from '../../../../main/core/meetings/suggest/date-compat';
import { readDocument } from '../../../../main/core/meetings/suggest/document-suggestions';
import { documentSubject, meetingSubject, type MeetingRecord } from '../../../../main/core/meetings/suggest/subjects';
import { documentOf, officialUid } from './documents';

const OFFICIALS = ['Ebrard', 'Mayorkas', 'Blinken', 'López Obrador', 'Bárcena', 'Sherwood-Randall'];

const reading = (uid: string, text: string, options: { published?: string; language?: 'en' | 'es' } = {}) =>
  readDocument(documentOf(text, { uid, title: uid, ...options, officials: OFFICIALS.filter((name) => text.includes(name)) }));

const candidatesOf = (...texts: Array<[string, string, ({ published?: string; language?: 'en' | 'es' })?]>) =>
  findCandidates(texts.map(([uid, text, options]) => documentSubject(reading(uid, text, options))));

function meeting(uid: string, start: string, sources: string[], extra: Partial<MeetingRecord> = {}): MeetingRecord {
  return {
    uid,
    title: uid,
    start,
    place: { city: null, venue: null },
    participants: [],
    sources: sources.map((documentUid) => ({ documentUid, title: documentUid, published: null, trashed: false })),
    links: [],
    ...extra,
  };
}

describe('comparing partial dates', () => {
  it('takes days at most one apart, or the same day and month when a year is unknown, as compatible', () => {
    expect(datesCompatible('2023-12-27', '2023-12-26')).toBe(true);
    expect(datesCompatible('2023-12-31', '2024-01-01')).toBe(true);
    expect(datesCompatible('2023-12-27', '2023-12-25')).toBe(false);
    expect(datesCompatible('--12-27', '2023-12-27')).toBe(true);
    expect(datesCompatible('--12-26', '2023-12-27')).toBe(false);
    expect(datesCompatible('2023-12', '2023-12-27')).toBe(true);
    expect(datesCompatible('2022', '2023-12-27')).toBe(false);
  });

  it('says which date is earlier only when it can', () => {
    expect(isEarlier('2023-12-26', '2023-12-27')).toBe(true);
    expect(isEarlier('2023-12-27', '2023-12-27')).toBe(false);
    expect(isEarlier('--12-26', '--12-27')).toBe(true);
    expect(isEarlier('--12-26', '2023-12-27')).toBe(false);
    expect(isEarlier('2023-11', '2023-12-27')).toBe(true);
    expect(isEarlier('2023', '2023-12-27')).toBe(false);
    expect(sameDay('--12-27', '2023-12-27')).toBe(true);
    expect(sameDay('2022-12-27', '2023-12-27')).toBe(false);
  });
});

describe('same-meeting candidates', () => {
  const english = 'Ebrard met Mayorkas and Blinken in Washington on May 3, 2022.';
  const spanish = 'Ebrard se reunió con Mayorkas y Blinken en Washington el 3 de mayo de 2022.';

  it('pairs an English and a Spanish report with the same date, place and officials, with evidence from both', () => {
    const [candidate, ...others] = candidatesOf(['en', english], ['es', spanish, { language: 'es' }]);
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({ kind: 'same-as', from: { uid: 'en', date: '2022-05-03' }, to: { uid: 'es', date: '2022-05-03' }, overlap: 1 });
    expect(candidate!.shared.map((official) => official.officialUid).sort()).toEqual(['Blinken', 'Ebrard', 'Mayorkas'].map(officialUid).sort());
    expect(candidate!.evidence.map((evidence) => [evidence.documentUid, evidence.supports])).toEqual([
      ['en', 'date'],
      ['en', 'place'],
      ['en', 'participants'],
      ['es', 'date'],
      ['es', 'place'],
      ['es', 'participants'],
    ]);
    expect(candidate!.evidence[3]!.text).toBe(spanish);
  });

  it('pairs a report of the next day, and one whose year is unknown', () => {
    expect(candidatesOf(['a', english], ['b', 'Ebrard met Mayorkas and Blinken in Washington on May 4, 2022.'])).toHaveLength(1);
    expect(candidatesOf(['a', english], ['b', 'Ebrard met Mayorkas and Blinken in Washington on May 3.'])).toHaveLength(1);
  });

  it('does not pair reports two days apart, in other cities, or with too few officials in common', () => {
    expect(candidatesOf(['a', english], ['b', 'Ebrard met Mayorkas and Blinken in Washington on May 5, 2022.'])).toEqual([]);
    expect(candidatesOf(['a', english], ['b', 'Ebrard met Mayorkas and Blinken in Mexico City on May 3, 2022.'])).toEqual([]);
    // One of five officials in common: 0.2, below 0.4.
    expect(candidatesOf(['a', english], ['b', 'Ebrard met López Obrador and Bárcena in Washington on May 3, 2022.'])).toEqual([]);
    expect(candidatesOf(['a', english], ['b', 'Ebrard met Mayorkas and Blinken in Washington.'])).toEqual([]);
  });
});

describe('prepares and follows-up candidates', () => {
  const advance = 'An advance team met SRE staff to prepare the high-level meeting of December 27 with López Obrador.';
  const summit = 'Blinken, Mayorkas and Sherwood-Randall met López Obrador at the National Palace on December 27, 2023.';

  it('suggests the earlier meeting as preparing the later one when its report says so and names its day', () => {
    const readings = new Map([
      ['advance-doc', reading('advance-doc', advance)],
      ['summit-doc', reading('summit-doc', summit)],
    ]);
    const subjects = [meeting('advance', '2023-12-26', ['advance-doc']), meeting('summit', '2023-12-27', ['summit-doc'])].map((m) => meetingSubject(m, readings));
    const [candidate, ...others] = findCandidates(subjects);
    expect(others).toEqual([]);
    expect(candidate).toMatchObject({ kind: 'prepares', from: { kind: 'meeting', uid: 'advance' }, to: { kind: 'meeting', uid: 'summit' } });
    expect(candidate!.evidence).toEqual([
      expect.objectContaining({ documentUid: 'advance-doc', supports: 'link', text: advance }),
      expect.objectContaining({ documentUid: 'advance-doc', supports: 'date', text: advance }),
    ]);
  });

  it('does not suggest it once the link is recorded, nor when the report does not say so or points elsewhere', () => {
    const withoutCue = 'A delegation met SRE staff before the high-level meeting of December 27 with López Obrador.';
    const elsewhere = 'An advance team met SRE staff to prepare the meeting of January 30 with Bárcena.';
    for (const [text, links] of [
      [advance, [{ kind: 'prepares' as const, otherMeetingUid: 'summit' }]],
      [withoutCue, []],
      [elsewhere, []],
    ] as const) {
      const readings = new Map([
        ['advance-doc', reading('advance-doc', text)],
        ['summit-doc', reading('summit-doc', summit)],
      ]);
      const recorded = links.map((link) => ({ ...link, uid: 'link', direction: 'outgoing' as const, label: 'Prepares', otherTitle: 'summit', otherStart: null, evidenceAnnotationUid: null }));
      const subjects = [meeting('advance', '2023-12-26', ['advance-doc'], { links: recorded }), meeting('summit', '2023-12-27', ['summit-doc'])].map((m) =>
        meetingSubject(m, readings),
      );
      expect(findCandidates(subjects).filter((candidate) => candidate.kind === 'prepares')).toEqual([]);
    }
  });

  it('suggests a later report as following up an earlier one when it says so in Spanish ("en seguimiento a")', () => {
    const followUp = 'En seguimiento a la reunión del 27 de diciembre, Bárcena se reunió con Mayorkas el 15 de enero de 2024 en Washington.';
    const [candidate] = candidatesOf(['summit-doc', summit], ['follow-doc', followUp, { language: 'es' }]);
    expect(candidate).toMatchObject({ kind: 'follows-up', from: { kind: 'document', uid: 'follow-doc', date: '2024-01-15' }, to: { uid: 'summit-doc', date: '2023-12-27' } });
    expect(candidate!.evidence.map((evidence) => evidence.supports)).toEqual(['link', 'date']);
  });

  it('does not suggest a follow-up backwards in time', () => {
    const earlierFollowUp = 'En seguimiento a la reunión del 27 de diciembre, Bárcena se reunió con Mayorkas el 15 de diciembre de 2023 en Washington.';
    expect(candidatesOf(['summit-doc', summit], ['follow-doc', earlierFollowUp, { language: 'es' }])).toEqual([]);
  });

  it('does not offer a pair the text links as one meeting as well', () => {
    const readings = new Map([
      ['advance-doc', reading('advance-doc', `${advance} Blinken, Mayorkas and Sherwood-Randall will attend.`)],
      ['summit-doc', reading('summit-doc', summit)],
    ]);
    const subjects = [meeting('advance', '2023-12-26', ['advance-doc']), meeting('summit', '2023-12-27', ['summit-doc'])].map((m) => meetingSubject(m, readings));
    expect(findCandidates(subjects).map((candidate) => candidate.kind)).toEqual(['prepares']);
  });
});
