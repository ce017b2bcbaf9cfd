import { z } from 'zod';

export const errorCodeSchema = z.enum([
  'INVALID_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNSUPPORTED_FORMAT',
  'TOO_LARGE',
  'EMPTY',
  'UNREADABLE',
  'NOT_A_NOTEBOOK',
  'CANCELLED',
  'UNAVAILABLE',
  'INTERNAL',
]);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

export const appErrorSchema = z.object({
  code: errorCodeSchema,
  message: z.string(),
  details: z.unknown().optional(),
});
export type AppErrorShape = z.infer<typeof appErrorSchema>;

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

/** The one error type services throw; dispatch turns it into an envelope, never a thrown error. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}
