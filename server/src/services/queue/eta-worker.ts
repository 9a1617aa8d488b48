// The wait forecast's thread (eta-thread.ts): its own read-only connection to the center's database,
// and one forecast per request, sent back packed (its arrays moved, not copied).
import { parentPort, workerData } from 'node:worker_threads';
import { lowerThreadPriority } from '@motcua/drivers/threads';
import { AuditStore } from '../../store/audit.ts';
import { openReader } from '../../store/db.ts';
import { TicketStore } from '../../store/tickets.ts';
import { computeForecast, type ForecastRequest } from './eta-compute.ts';

const FORECAST_NICE = 5;

// below the event loop, as the render threads: a forecast may come a moment later, a call may not
lowerThreadPriority(FORECAST_NICE);
const db = openReader((workerData as { file: string }).file);
const reads = { tickets: new TicketStore(db), audit: new AuditStore(db) };
const port = parentPort!;

port.on('message', (request: ForecastRequest | null) => {
  if (request === null) {
    db.close();
    port.close();
    return;
  }
  try {
    const forecast = computeForecast(reads, request);
    port.postMessage({ forecast }, [forecast.waits.buffer]);
  } catch (e) {
    port.postMessage({ error: e instanceof Error ? e.message : String(e) });
  }
});
