/** The typed client the content script, card, popup and options page use to talk to the background. */
import { browser } from 'wxt/browser';
import type { Reply, Request, RequestType, Responses } from './messages';

/** Sends a request to the background and returns its answer, or throws its error. */
export async function ask<T extends RequestType>(request: Extract<Request, { type: T }>): Promise<Responses[T]> {
  const reply = (await browser.runtime.sendMessage(request)) as Reply<Responses[T]> | undefined;
  if (!reply) throw new Error('Stackpeek’s background did not answer. Reload the extension and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
