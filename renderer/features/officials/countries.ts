import type { Country } from '../../../shared/model/official';

/** The registry's countries, in the order the filter and the editor offer them. */
export const COUNTRIES: readonly Country[] = ['mx', 'us', 'other'];

export const COUNTRY_NAMES: Record<Country, string> = {
  mx: 'Mexico',
  us: 'United States',
  other: 'Other',
};
