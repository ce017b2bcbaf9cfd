import { monotonicFactory } from 'ulid';

/** A ULID for a row users see; monotonic so that rows made in one millisecond keep their order. */
export const newUid = monotonicFactory();
