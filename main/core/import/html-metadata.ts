import type { Stated, StatedField } from './importer';
import type { DomElement } from './html-text';

/**
 * What a saved web page says about itself in its markup: meta tags (Open Graph, Dublin Core),
 * JSON-LD, <title>, <time> and <link>. JSON-LD is parsed as data; nothing in the page is run or
 * fetched. Each value names the tag it came from, so the researcher can judge it.
 */
export function readPageMetadata(document: DomElement): Partial<Record<StatedField, Stated>> {
  const meta = metaTags(document);
  const ld = articleFromJsonLd(document);
  const fromMeta = (...keys: string[]) => firstOf(keys.map((key) => stated(meta.get(key), `meta ${key}`)));
  const fromLd = (field: Exclude<keyof JsonLdArticle, 'type'>) => (ld ? stated(ld[field], `JSON-LD ${ld.type}.${LD_PATHS[field]}`) : undefined);
  const time = document.querySelector('article time[datetime]') ?? document.querySelector('time[datetime]');
  const htmlLang = document.querySelector('html')?.getAttribute('lang');
  return definedOnly({
    title: firstOf([
      fromMeta('og:title'),
      fromLd('headline'),
      fromMeta('twitter:title'),
      stated(document.querySelector('title')?.textContent, '<title>'),
      // Readability drops a heading that repeats the title, so the page's first h1 is read here.
      stated(document.querySelector('h1')?.textContent, '<h1>'),
    ]),
    outlet: firstOf([fromMeta('og:site_name', 'application-name'), fromLd('publisher')]),
    author: firstOf([fromMeta('author'), withoutUrls(fromMeta('article:author')), fromLd('author'), stated(document.querySelector('a[rel~="author"]')?.textContent, '<a rel=author>')].map(withoutBy)),
    published: firstOf(
      [
        fromMeta('article:published_time'),
        fromLd('datePublished'),
        stated(time?.getAttribute('datetime'), '<time datetime>'),
        fromMeta('date', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created', 'pubdate', 'publish-date'),
      ].map((candidate) => candidate && withValue(candidate, isoPartialDate(candidate.value))),
    ),
    language: firstOf(
      [stated(htmlLang, '<html lang>'), fromMeta('og:locale'), fromMeta('content-language')].map((candidate) => candidate && withValue(candidate, languageTag(candidate.value))),
    ),
    url: firstOf(
      [stated(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), 'link rel=canonical'), fromMeta('og:url')].map(
        (candidate) => candidate && withValue(candidate, webAddress(candidate.value)),
      ),
    ),
  });
}

/** An ISO date as precise as written (YYYY, YYYY-MM or YYYY-MM-DD); a time and its zone are ignored, not applied. */
export function isoPartialDate(value: string): string | undefined {
  const match = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?=$|[T\s])/.exec(value);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string | undefined, string | undefined];
  if (month === undefined) return year;
  if (Number(month) < 1 || Number(month) > 12) return undefined;
  if (day === undefined) return `${year}-${month}`;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCDate() === Number(day) ? `${year}-${month}-${day}` : undefined;
}

interface JsonLdArticle {
  type: string;
  headline?: string;
  author?: string;
  publisher?: string;
  datePublished?: string;
}

const LD_PATHS: Record<Exclude<keyof JsonLdArticle, 'type'>, string> = {
  headline: 'headline',
  author: 'author.name',
  publisher: 'publisher.name',
  datePublished: 'datePublished',
};

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

function articleFromJsonLd(document: DomElement): JsonLdArticle | undefined {
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const node of jsonLdNodes(data)) {
      const types = [node['@type']].flat().filter((type): type is string => typeof type === 'string');
      const type = types.find((candidate) => ARTICLE_TYPE.test(candidate));
      if (!type) continue;
      return { type, headline: text(node.headline), author: names(node.author), publisher: names(node.publisher), datePublished: text(node.datePublished) };
    }
  }
  return undefined;
}

type JsonLdNode = Record<string, unknown>;

function* jsonLdNodes(data: unknown): Generator<JsonLdNode> {
  if (Array.isArray(data)) {
    for (const item of data) yield* jsonLdNodes(item);
  } else if (data !== null && typeof data === 'object') {
    yield data as JsonLdNode;
    yield* jsonLdNodes((data as JsonLdNode)['@graph']);
  }
}

function names(value: unknown): string | undefined {
  const list = [value].flat().map((item) => (item !== null && typeof item === 'object' ? text((item as JsonLdNode).name) : text(item)));
  const found = list.filter((name): name is string => name !== undefined);
  return found.length > 0 ? found.join(', ') : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : undefined;
}

function metaTags(document: DomElement): Map<string, string> {
  const tags = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('http-equiv') ?? meta.getAttribute('itemprop');
    const content = text(meta.getAttribute('content'));
    if (key && content && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), content);
  }
  return tags;
}

function stated(value: string | null | undefined, source: string): Stated | undefined {
  const cleaned = text(value);
  return cleaned === undefined ? undefined : { value: cleaned, source };
}

function withValue(candidate: Stated, value: string | undefined): Stated | undefined {
  return value === undefined ? undefined : { value, source: candidate.source };
}

function firstOf(candidates: ReadonlyArray<Stated | undefined>): Stated | undefined {
  return candidates.find((candidate) => candidate !== undefined);
}

function withoutUrls(candidate: Stated | undefined): Stated | undefined {
  return candidate && /^https?:/i.test(candidate.value) ? undefined : candidate;
}

function withoutBy(candidate: Stated | undefined): Stated | undefined {
  return candidate && withValue(candidate, text(candidate.value.replace(/^(by|por)\s+/i, '')));
}

/** A BCP 47 tag from 'es', 'es_MX' or 'en-us, fr'; anything else is no language. */
function languageTag(value: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(value.split(',')[0]!.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

/** Only a web address the researcher could open: http(s), absolute. */
function webAddress(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function definedOnly(fields: Partial<Record<StatedField, Stated | undefined>>): Partial<Record<StatedField, Stated>> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}
