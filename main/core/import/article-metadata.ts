import type { MetadataField } from '../../../shared/model/document';
import { isRealPartialDate } from '../../../shared/text/partial-date';
import { detectLanguage, extractPublished } from '../metadata';
import type { ParsedArticle } from './importer';

export type Extracted = Partial<Record<MetadataField, { value: string; source: string }>>;

const PARTIAL_DATE = /^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/;

/**
 * The metadata of an article: what the file states (meta tags, document properties, title line)
 * first, then what the text reveals (a dateline, the language of its words). Each value keeps the
 * plain-words source the metadata panel shows.
 */
export function articleMetadata(article: ParsedArticle): Extracted & { title: { value: string; source: string } } {
  const { stated } = article;
  const found: Extracted & { title: { value: string; source: string } } = { title: stated.title };
  if (stated.outlet?.value) found.outlet = stated.outlet;
  if (stated.author?.value) found.author = stated.author;
  if (stated.url && /^https?:\/\//i.test(stated.url.value)) found.url = stated.url;
  const statedLanguage = stated.language?.value.toLowerCase().split(/[-_]/)[0];
  const language = statedLanguage && /^[a-z]{2,3}$/.test(statedLanguage)
    ? { value: statedLanguage, source: stated.language!.source }
    : detectLanguage(article.content);
  if (language) found.language = language;
  const published = stated.published && PARTIAL_DATE.test(stated.published.value) && isRealPartialDate(stated.published.value)
    ? stated.published
    : extractPublished(article.content, { title: article.title, language: language?.value ?? null });
  if (published) found.published = { value: published.value, source: published.source };
  return found;
}
