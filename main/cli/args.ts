import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Usage: dossier <command> [options]

Commands:
  import [--notebook FILE] [--json] PATH…   import articles and folders (.html, .pdf, .docx, .md, .txt)
  list   [--notebook FILE] [--json]         list the notebook's documents (Trash excluded)
  search [--notebook FILE] [--json] [--limit N] QUERY
                                            full-text search: words, "phrases", prefix*, OR, -exclude
  annotations [--notebook FILE] [--json] [--label L] [--document UID]
                                            list annotations: quote, note, labels, offsets, anchor state
                                            (--label takes a name, "Parent/Child", or a uid, and includes children)
  officials [--notebook FILE] [--json]      list the registry of officials with aliases, offices and counts
  officials add [--notebook FILE] [--json] NAME [--alias A]… [--country mx|us|other] [--office O]…
                                            add an official
  officials suggest [--notebook FILE] [--json]
                                            the review queue: mentions of known officials, and new names
  meetings [--notebook FILE] [--json]       list meetings by date with participants, sources and links
  meetings suggest [--notebook FILE] [--json] [--document UID]
                                            meeting suggestions per document (date and its sentence, place,
                                            participants) and same-meeting / prepares / follows-up candidates
  web    [--notebook FILE] [--port N] [--no-open]
                                            open the notebook in a browser on this machine

Without --notebook, the default notebook in your Dossier data folder is used.
A notebook file that does not exist is created.`;

export type Command =
  | { name: 'import'; notebook?: string; json: boolean; paths: string[] }
  | { name: 'list'; notebook?: string; json: boolean }
  | { name: 'search'; notebook?: string; json: boolean; query: string; limit: number }
  | { name: 'annotations'; notebook?: string; json: boolean; label?: string; document?: string }
  | { name: 'officials'; notebook?: string; json: boolean }
  | { name: 'officials-suggest'; notebook?: string; json: boolean }
  | { name: 'officials-add'; notebook?: string; json: boolean; official: { name: string; aliases: string[]; country: string | null; offices: string[] } }
  | { name: 'meetings'; notebook?: string; json: boolean }
  | { name: 'meetings-suggest'; notebook?: string; json: boolean; document?: string }
  | { name: 'web'; notebook?: string; port: number; open: boolean }
  | { name: 'help' };

export function parseCommand(argv: readonly string[]): Command {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') return { name: 'help' };
  let parsed;
  try {
    parsed = parseArgs({
      args: [...rest],
      allowPositionals: true,
      options: {
        notebook: { type: 'string' },
        json: { type: 'boolean', default: false },
        port: { type: 'string' },
        limit: { type: 'string' },
        label: { type: 'string' },
        document: { type: 'string' },
        alias: { type: 'string', multiple: true },
        country: { type: 'string' },
        office: { type: 'string', multiple: true },
        'no-open': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const notebook = values.notebook;
  switch (name) {
    case 'import':
      if (positionals.length === 0) throw new UsageError('dossier import needs at least one file or folder.');
      return { name, notebook, json: values.json, paths: positionals };
    case 'list':
      if (positionals.length > 0) throw new UsageError(`dossier list takes no arguments (got ${positionals.join(' ')}).`);
      return { name, notebook, json: values.json };
    case 'search': {
      if (positionals.length === 0) throw new UsageError('dossier search needs a query.');
      const limit = values.limit === undefined ? 20 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit takes a number from 1 to 200.');
      return { name, notebook, json: values.json, query: positionals.join(' '), limit };
    }
    case 'annotations':
      if (positionals.length > 0) throw new UsageError(`dossier annotations takes no arguments (got ${positionals.join(' ')}).`);
      return {
        name,
        notebook,
        json: values.json,
        ...(values.label !== undefined && { label: values.label }),
        ...(values.document !== undefined && { document: values.document }),
      };
    case 'officials': {
      const [sub, ...rest] = positionals;
      if (sub === undefined) return { name, notebook, json: values.json };
      if (sub === 'suggest') {
        if (rest.length > 0) throw new UsageError(`dossier officials suggest takes no arguments (got ${rest.join(' ')}).`);
        return { name: 'officials-suggest', notebook, json: values.json };
      }
      if (sub !== 'add') throw new UsageError(`Unknown officials command "${sub}" (try: dossier officials add NAME, or dossier officials suggest).`);
      if (rest.length === 0) throw new UsageError('dossier officials add needs the official\'s name.');
      return {
        name: 'officials-add',
        notebook,
        json: values.json,
        official: { name: rest.join(' '), aliases: values.alias ?? [], country: values.country ?? null, offices: values.office ?? [] },
      };
    }
    case 'meetings': {
      const [sub, ...rest] = positionals;
      if (sub === undefined) return { name, notebook, json: values.json };
      if (sub !== 'suggest') throw new UsageError(`Unknown meetings command "${sub}" (try: dossier meetings, or dossier meetings suggest).`);
      if (rest.length > 0) throw new UsageError(`dossier meetings suggest takes no arguments (got ${rest.join(' ')}).`);
      return { name: 'meetings-suggest', notebook, json: values.json, ...(values.document !== undefined && { document: values.document }) };
    }
    case 'web': {
      const port = values.port === undefined ? 0 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError('--port takes a number from 0 to 65535.');
      return { name, notebook, port, open: !values['no-open'] };
    }
    default:
      throw new UsageError(`Unknown command "${name}".`);
  }
}
