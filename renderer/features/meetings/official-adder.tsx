import { useState } from 'react';
import type { Official } from '../../../shared/model/official';
import { FindPicker, FindPickerText } from '../../components/find-picker';
import { currentOffice } from '../reader/official-matches';
import { useRegistrySearch } from '../reader/use-registry-search';

/** Finds a person in the registry (fuzzy, accents ignored) to add to a meeting. */
export function OfficialAdder({ exclude, onPick, onClose }: { exclude: readonly string[]; onPick: (official: Official) => void; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const found = useRegistrySearch(query, exclude);

  return (
    <FindPicker
      label="Find the official to add"
      placeholder="Find the official…"
      listLabel="Officials"
      query={query}
      onQueryChange={setQuery}
      options={found ?? []}
      optionKey={(official) => official.uid}
      renderOption={(official) => <FindPickerText name={official.name} detail={currentOffice(official) ?? ''} />}
      onChoose={onPick}
      onClose={onClose}
      busy={found === null}
      empty="No one in the registry matches; add people in the Officials view."
    />
  );
}
