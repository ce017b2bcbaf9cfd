import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import type { AppErrorShape, ErrorCode } from '../../shared/contract/errors';
import type { EventName, EventPayload } from '../../shared/contract/events';
import { UnauthorisedError, type Transport } from './transport';

/** A refused call, carrying the core's code and its human-readable message. */
export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ClientError';
    this.code = shape.code;
    this.details = shape.details;
  }
}

export interface Client {
  call<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayload<E>) => void): () => void;
}

export interface ClientOptions {
  /** Told once the host refuses the page as a whole, so the shell can explain how to get in. */
  onUnauthorised?: () => void;
}

export function createClient(transport: Transport, options: ClientOptions = {}): Client {
  return {
    async call(channel, input) {
      let envelope;
      try {
        envelope = await transport.invoke(channel, input);
      } catch (error) {
        if (error instanceof UnauthorisedError) options.onUnauthorised?.();
        throw new ClientError({ code: 'UNAVAILABLE', message: error instanceof Error ? error.message : String(error) });
      }
      if (!envelope.ok) throw new ClientError(envelope.error);
      return envelope.value as ChannelOutput<typeof channel>;
    },
    on(event, cb) {
      return transport.on(event, (payload) => cb(payload as EventPayload<typeof event>));
    },
  };
}

/** The message to show a person for any failure: the core's own words, or a plain fallback. */
export function messageOf(error: unknown): string {
  if (error instanceof ClientError) return error.message;
  return 'Something went wrong. Please try again.';
}
