import { z } from 'zod';
import { appErrorSchema } from './errors';
import { importSummarySchema } from '../model/import';
import { EVENT_NAMES, type EventName } from './names';

export const jobKindSchema = z.enum(['import']);

/** Events flow one way, core (or host) → renderer, so that open views refresh without polling. */
export const events = {
  'job.progress': z.object({
    jobId: z.string(),
    kind: jobKindSchema,
    done: z.number().int(),
    total: z.number().int(),
    current: z.string().optional(),
  }),
  'job.done': z.object({
    jobId: z.string(),
    kind: jobKindSchema,
    result: importSummarySchema.optional(),
    error: appErrorSchema.optional(),
  }),
  'notebook.changed': z.object({ tables: z.array(z.string()) }),
  /** A host-level command, e.g. a menu item in Electron, for the renderer to carry out. */
  'app.command': z.object({ command: z.enum(['import.files', 'import.folder', 'view.library', 'view.annotations', 'view.officials', 'view.meetings', 'view.timeline', 'view.trash']) }),
} as const satisfies Record<EventName, z.ZodType>;

export type Events = typeof events;
export { isEventName, type EventName } from './names';
export type EventPayload<E extends EventName> = z.infer<Events[E]>;
export type AppCommand = EventPayload<'app.command'>['command'];

export const eventNames: readonly EventName[] = EVENT_NAMES;
