import { useEffect, useMemo, useState } from 'react';
import type { MeetingListItem } from '../../../shared/model/meeting';
import { FindPicker, FindPickerText } from '../../components/find-picker';
import { useStores } from '../../stores/stores-context';
import { datesText } from './meeting-row';

export type PickedMeeting = MeetingListItem;

interface MeetingPickerProps {
  label: string;
  /** Shown first and before any search, e.g. the meetings the open document reports. */
  first?: readonly PickedMeeting[];
  /** Meetings that cannot be chosen (the meeting being linked from). */
  exclude?: readonly string[];
  onPick: (meeting: PickedMeeting) => void;
  onClose?: () => void;
}

const SHOWN = 8;
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Type to search every meeting by title (accents ignored); Enter picks. */
export function MeetingPicker({ label, first = [], exclude = [], onPick, onClose }: MeetingPickerProps) {
  const { meetings } = useStores();
  const [all, setAll] = useState<MeetingListItem[] | null>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    let live = true;
    void meetings
      .getState()
      .all()
      .then((items) => live && setAll(items));
    return () => {
      live = false;
    };
  }, [meetings]);

  const options = useMemo(() => {
    const skip = new Set(exclude);
    const wanted = fold(query.trim());
    const pool: PickedMeeting[] = [...first, ...(all ?? []).filter((item) => !first.some((shown) => shown.uid === item.uid))];
    return pool.filter((item) => !skip.has(item.uid) && fold(item.title).includes(wanted)).slice(0, SHOWN);
  }, [all, first, exclude, query]);

  return (
    <FindPicker
      label={label}
      placeholder="Search meetings by title…"
      listLabel="Meetings"
      query={query}
      onQueryChange={setQuery}
      options={options}
      optionKey={(meeting) => meeting.uid}
      renderOption={(meeting) => <FindPickerText name={meeting.title} detail={datesText(meeting)} />}
      onChoose={onPick}
      onClose={onClose}
      busy={all === null}
      empty="No meeting matches."
    />
  );
}
