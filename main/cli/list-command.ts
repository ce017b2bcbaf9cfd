import type { CoreHandle } from '../core/api/core-handle';
import { call } from './call';

export async function runList(core: CoreHandle, json: boolean): Promise<number> {
  const documents = (await allDocuments(core)).map(({ uid, title, outlet, published, language, words }) => ({ uid, title, outlet, published, language, words }));
  if (json) {
    process.stdout.write(`${JSON.stringify({ documents })}\n`);
    return 0;
  }
  if (documents.length === 0) {
    process.stdout.write('This notebook has no documents yet. Add some with: dossier import --notebook FILE PATH…\n');
    return 0;
  }
  for (const doc of documents) {
    const details = [doc.outlet, doc.published, doc.language, `${doc.words} words`].filter(Boolean).join(' · ');
    process.stdout.write(`${doc.uid}  ${doc.title}\n${' '.repeat(28)}${details}\n`);
  }
  return 0;
}

/** Every live document, page by page, so a 100k notebook never builds one giant response. */
async function allDocuments(core: CoreHandle) {
  const all = [];
  let cursor: string | null = null;
  do {
    const page: { items: Awaited<ReturnType<typeof call<"documents.list">>>["items"]; nextCursor: string | null } = await call(core, 'documents.list', { sort: 'importedAt', direction: 'asc', limit: 500, cursor });
    all.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return all;
}
