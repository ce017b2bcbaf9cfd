import { useState } from 'react';
import type { Official } from '../../../shared/model/official';
import { FindPicker, FindPickerText } from '../../components/find-picker';
import { currentOffice } from './official-matches';
import { useRegistrySearch } from './use-registry-search';

interface OfficialPickerProps {
  /** The selected words, the first search and the name a new official would get. */
  selectedText: string;
  onPick: (official: Official) => void;
  onCreate: (name: string) => void;
  onClose: () => void;
}

/** Type to search the registry (fuzzy, accents ignored); Enter tags the active person, or registers the selection as a new one. */
export function OfficialPicker({ selectedText, onPick, onCreate, onClose }: OfficialPickerProps) {
  const name = selectedText.trim();
  const [query, setQuery] = useState(name);
  const found = useRegistrySearch(query);

  return (
    <FindPicker
      label="Find the official"
      placeholder="Find the official…"
      listLabel="Officials"
      query={query}
      onQueryChange={setQuery}
      options={found ?? []}
      optionKey={(official) => official.uid}
      renderOption={(official) => <FindPickerText name={official.name} detail={[currentOffice(official), ...official.aliases.slice(0, 2)].filter(Boolean).join(' · ')} />}
      onChoose={onPick}
      create={{ text: `Register “${name}” as a new official`, onCreate: () => onCreate(name) }}
      onClose={onClose}
      busy={found === null}
    />
  );
}
