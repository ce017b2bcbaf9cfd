import type { ChannelInput, ChannelName, ChannelOutput } from '../../shared/contract/channels';
import { AppError } from '../../shared/contract/errors';
import type { CoreHandle } from '../core/api/core-handle';

/** A typed call through the same dispatch every host uses; failures become AppErrors. */
export async function call<C extends ChannelName>(core: CoreHandle, channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>> {
  const envelope = await core.invoke(channel, input);
  if (!envelope.ok) throw new AppError(envelope.error.code, envelope.error.message, envelope.error.details);
  return envelope.value as ChannelOutput<C>;
}
