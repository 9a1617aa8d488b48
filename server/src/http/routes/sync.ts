// /api/sync/status: how the site's outbox stands with the province hub.
import type { SyncWorker } from '../../operations/sync.ts';
import type { Handlers } from '../register.ts';

export function syncHandlers(sync: SyncWorker): Handlers<'GET /api/sync/status'> {
  return {
    'GET /api/sync/status': async () => sync.status(),
  };
}
