import type { Official } from '../../../shared/model/official';
import { formatCount } from '../../components/format';
import { COUNTRY_NAMES } from './countries';
import { currentOffice } from './offices';

const count = (n: number, one: string, many: string) => `${formatCount(n)} ${n === 1 ? one : many}`;

export const documentsText = (n: number) => count(n, 'document', 'documents');

/** "12 mentions in 5 documents", or "No confirmed mentions". */
export function countsText(official: Pick<Official, 'mentions' | 'documents'>): string {
  if (official.mentions === 0) return 'No confirmed mentions';
  return `${count(official.mentions, 'mention', 'mentions')} in ${documentsText(official.documents)}`;
}

/** What one person shows in the registry list: name, country, current office and counts. */
export function OfficialRow({ official }: { official: Official }) {
  const office = currentOffice(official.offices);
  return (
    <>
      <div className="official-row-line">
        <span className="official-row-name">{official.name}</span>
        {official.country && <span className="official-row-country">{COUNTRY_NAMES[official.country]}</span>}
      </div>
      {office && <div className="official-row-office">{office.title}</div>}
      <div className="official-row-counts">{countsText(official)}</div>
    </>
  );
}

/** The row's accessible name, composed so that its parts do not run together. */
export function officialRowName(official: Official): string {
  const office = currentOffice(official.offices);
  return [official.name, official.country && COUNTRY_NAMES[official.country], office?.title, countsText(official)].filter(Boolean).join(', ');
}
