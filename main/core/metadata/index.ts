export { extractPublished, type PublishedDate } from './published-date';
export { detectLanguage } from './language';
export { toPartialDate, type PartialDate } from './partial-date-value';
