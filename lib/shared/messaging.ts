/** The calling side of the protocol: one typed function for every page and view. */
import browser from 'webextension-polyfill';
import { BackstoryError, type Envelope, type MessageType, type Reply, type RequestOf, type ResponseOf } from './protocol';

export async function send<K extends MessageType>(type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  const envelope: Envelope<K> = { backstory: 1, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new BackstoryError({ code: 'internal', message: 'The background did not answer.' });
  if (!reply.ok) throw new BackstoryError(reply.error);
  return reply.data;
}
