import { useCallback } from 'react';
import type { MeetingInput } from '../../../shared/model/meeting';
import { useStores } from '../../stores/stores-context';

const EMPTY: Omit<MeetingInput, 'fromDocumentUid' | 'title'> = { start: null, end: null, place: { city: null, venue: null }, format: null, summary: '', topics: [] };
const TITLE_LIMIT = 200;

/**
 * Records a meeting from the Reader's document and opens its page, where the document's
 * suggestions (date, place, people) wait to be reviewed: none is applied without the researcher.
 */
export function useRecordMeeting(): (documentUid: string, title?: string) => Promise<void> {
  const { meetings, ui } = useStores();
  return useCallback(
    async (documentUid, title) => {
      const trimmed = title?.replace(/\s+/g, ' ').trim().slice(0, TITLE_LIMIT);
      const created = await meetings.getState().create({ ...EMPTY, fromDocumentUid: documentUid, ...(trimmed && { title: trimmed }) });
      if (created) ui.getState().setView('meetings');
    },
    [meetings, ui],
  );
}
