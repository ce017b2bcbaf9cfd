import { useEffect, useMemo, useState } from 'react';
import type { Official } from '../../../shared/model/official';
import { useStores } from '../../stores/stores-context';
import { createOfficialMatcher } from './official-matches';

const SHOWN = 8;

/**
 * The registry, loaded when a picker opens, searched for `query`: the best few matches not in
 * `exclude`, or null while it loads.
 */
export function useRegistrySearch(query: string, exclude: readonly string[] = []): Official[] | null {
  const { mentions } = useStores();
  const [officials, setOfficials] = useState<Official[] | null>(null);

  useEffect(() => {
    let live = true;
    void mentions
      .getState()
      .registry()
      .then((list) => live && setOfficials(list));
    return () => {
      live = false;
    };
  }, [mentions]);

  const match = useMemo(() => officials && createOfficialMatcher(officials), [officials]);
  const found = useMemo(() => match?.(query) ?? null, [match, query]);
  return found && found.filter((official) => !exclude.includes(official.uid)).slice(0, SHOWN);
}
