import type { z } from 'zod';
import { channels, isChannelName } from '../../../shared/contract/channels';
import { AppError, type Envelope } from '../../../shared/contract/errors';
import { handlers, type CoreContext } from './handlers';

/**
 * The single entry to the core: validate → run → envelope. Nothing throws across this boundary,
 * and input that fails its schema never reaches a handler, so it cannot change the notebook.
 */
export async function dispatch(ctx: CoreContext, channel: unknown, payload: unknown): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    return failure(new AppError('INVALID_INPUT', `Unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}.`));
  }
  const parsed = channels[channel].input.safeParse(payload ?? {});
  if (!parsed.success) {
    return failure(new AppError('INVALID_INPUT', describeIssues(parsed.error), { issues: parsed.error.issues.slice(0, 20) }));
  }
  try {
    const handler = handlers[channel] as (input: unknown, ctx: CoreContext) => unknown;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (error) {
    if (error instanceof AppError) return failure(error);
    console.error(`dossier core: ${channel} failed`, error);
    return failure(new AppError('INTERNAL', 'Something went wrong inside Dossier. Your notebook was not changed by this action.'));
  }
}

function failure(error: AppError): Envelope<never> {
  return { ok: false, error: error.toShape() };
}

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'The request was not valid.';
  const where = first.path.length > 0 ? `${first.path.join('.')}: ` : '';
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return `Invalid request — ${where}${first.message}${more}.`;
}
