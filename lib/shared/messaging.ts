/** The calling side of the protocol: one typed function for every page and view. */
import type { ExtensionApi } from './extension-api';
import { BackstoryError, type Envelope, type MessageType, type Reply, type RequestOf, type ResponseOf } from './protocol';

export type Send = <K extends MessageType>(type: K, data: RequestOf<K>) => Promise<ResponseOf<K>>;

export function createSend(runtime: ExtensionApi['runtime']): Send {
  return async (type, data) => {
    const envelope: Envelope<typeof type> = { backstory: 1, type, data };
    const reply = (await runtime.sendMessage(envelope)) as Reply<typeof type> | undefined;
    if (!reply) throw new BackstoryError({ code: 'internal', message: 'The background did not answer.' });
    if (!reply.ok) throw new BackstoryError(reply.error);
    return reply.data;
  };
}
