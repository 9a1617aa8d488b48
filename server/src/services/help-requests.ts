// Calls for staff from kiosks ("Gọi nhân viên / Call staff"): open until a supervisor dismisses
// them, one per kiosk at a time, kept in memory (a restart clears them: the kiosk that still shows
// "staff are on their way" asks again with the call's id when its socket reconnects, and hears
// whether this run dismissed it).
import type { HelpRequest } from '@motcua/protocol';
import type { Clock } from '../domain/business-day.ts';
import { notFound } from '../domain/errors.ts';

/** Beyond this many open calls, the oldest goes (a kiosk pressed over and over cannot fill memory). */
const KEPT = 50;

export interface HelpListener {
  helpRequested(request: HelpRequest): void;
  helpDismissed(request: HelpRequest): void;
}

export class HelpRequests {
  private open: HelpRequest[] = [];
  /** Ids start at this process's start in ms: every id of an earlier run is below them. */
  private readonly firstId = Date.now();
  private lastId = this.firstId - 1;

  constructor(private readonly clock: Clock, private readonly listener: HelpListener, private readonly nameOf: (deviceId: number) => string) {}

  /**
   * A kiosk asks for staff: its open call if it has one, else a new one every dashboard hears of.
   * `again`: the call the kiosk still shows, after its socket reconnected; refused when this run
   * dismissed it (the kiosk missed help:dismissed), raised anew when an earlier run had it.
   */
  request(deviceId: number, again?: number): HelpRequest {
    const existing = this.open.find((r) => r.deviceId === deviceId);
    if (existing) return existing;
    if (again !== undefined && again >= this.firstId) throw dismissedAlready(again);
    const request = { id: ++this.lastId, deviceId, device: this.nameOf(deviceId), at: this.clock().toISOString() };
    this.open = [...this.open, request].slice(-KEPT);
    this.listener.helpRequested(request);
    return request;
  }

  dismiss(id: number): void {
    const request = this.open.find((r) => r.id === id);
    if (!request) throw dismissedAlready(id);
    this.open = this.open.filter((r) => r !== request);
    this.listener.helpDismissed(request);
  }

  list(): HelpRequest[] {
    return this.open;
  }
}

function dismissedAlready(id: number) {
  return notFound('help_request_not_found', `No open call for staff has the id ${id}: someone has dismissed it already.`);
}
