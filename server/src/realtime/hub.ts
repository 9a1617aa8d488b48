// The realtime hub: turns committed queue changes into the public, sequence-numbered stream
// (`ticket:called`, `queue:changed`, `counter:changed`) and answers snapshots.
import { randomUUID } from 'node:crypto';
import type { Server } from 'socket.io';
import type { Call, ClientToServerEvents, CounterView, DeviceStatus, HelpRequest, KeypadAction, KioskPrinterState, PrintStatus, QueueSnapshot, RatingClosed, RatingPrompt, ServerToClientEvents, WaitingCounts } from '@motcua/protocol';
import type { Actor } from '../domain/actor.ts';
import type { QueuePublisher, QueueService } from '../services/queue/index.ts';

export interface SocketData {
  actor: Actor | null;
  /** A signed-in user's session token: the socket is dropped once the session ends. */
  token?: string;
}
export type IoServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const RECENT_CALLS = 10;
/**
 * `queue:changed` goes out at most this often: the first change at once, the changes after it in
 * one push with the latest counts and next numbers. A burst of kiosks (40 tickets a second) would
 * otherwise send 40 pushes a second to every screen, and a call's push would repeat the counter's
 * (displays leave a number at a counter out of "next up" at once). Calls are never held back.
 */
export const WAITING_PUSH_MS = 1000;
/**
 * After a call the counts wait this long, or until the next `counter:changed` (the ticket finished,
 * parked…), whichever comes first: each push is one write per screen, and the call's own writes
 * should reach every screen first (2,000 screens take tens of ms).
 */
export const AFTER_CALL_MS = 300;
/** Calls one after another hold the counts back no longer than this. */
export const WAITING_HELD_MAX_MS = 3000;

export class RealtimeHub implements QueuePublisher {
  private seq = 0;
  /** This run of the server: `seq` restarts at 0 with it. */
  private readonly streamId = randomUUID();
  private recent: Call[] = [];
  private io: IoServer | null = null;
  private queue: QueueService | null = null;
  private waitingPushedAt = 0;
  private calledAt = 0;
  /** The latest counts while a push waits for its turn. */
  private waitingHeld: WaitingCounts | null = null;
  private waitingTimer: NodeJS.Timeout | undefined;
  /** When the counts now held back were first held. */
  private heldSince = 0;

  /** Connects the hub to its server and its source of snapshots (both exist only after the hub). */
  attach(io: IoServer, queue: QueueService): void {
    this.io = io;
    this.queue = queue;
    this.recent = queue.views.recentCalls(RECENT_CALLS).map((c) => ({ ...c, seq: 0 }));
  }

  called(call: Omit<Call, 'seq'>): void {
    const pushed = { ...call, seq: ++this.seq };
    this.recent = [pushed, ...this.recent].slice(0, RECENT_CALLS);
    this.calledAt = Date.now();
    this.io?.emit('ticket:called', pushed);
  }

  queueChanged(waiting: WaitingCounts): void {
    const held = this.waitingHeld !== null;
    this.waitingHeld = waiting;
    if (!held) {
      this.heldSince = Date.now();
      this.pushWhenDue();
    }
  }

  /**
   * The counts held go out once WAITING_PUSH_MS passed since the last push and AFTER_CALL_MS since
   * the last call: a call made while they wait puts them behind its own writes again, up to
   * WAITING_HELD_MAX_MS in all.
   */
  private pushWhenDue(): void {
    const now = Date.now();
    const due = Math.max(this.waitingPushedAt + WAITING_PUSH_MS, Math.min(this.calledAt + AFTER_CALL_MS, this.heldSince + WAITING_HELD_MAX_MS));
    if (due <= now) return this.pushHeld();
    this.waitingTimer = setTimeout(() => this.pushWhenDue(), due - now);
  }

  /** The counts held back, if any, go out now. */
  private pushHeld(): void {
    const latest = this.waitingHeld;
    if (latest === null) return;
    clearTimeout(this.waitingTimer);
    this.waitingHeld = null;
    this.pushWaiting(latest);
  }

  /** The server is stopping: a push still held back is dropped (the screens get a snapshot from the next run). */
  stop(): void {
    clearTimeout(this.waitingTimer);
    this.waitingHeld = null;
    this.io = null;
  }

  private pushWaiting(waiting: WaitingCounts): void {
    this.waitingPushedAt = Date.now();
    this.io?.emit('queue:changed', { seq: ++this.seq, waiting, nextUp: this.queue!.views.nextUp() });
  }

  counterChanged(counter: CounterView): void {
    this.io?.emit('counter:changed', { seq: ++this.seq, counter });
    if (this.waitingPushedAt + WAITING_PUSH_MS <= Date.now()) this.pushHeld();
  }

  /** An admin changed the catalog or the settings: every screen refetches what it shows. */
  catalogChanged(): void {
    this.io?.emit('catalog:changed', { seq: ++this.seq, center: this.queue!.views.centerInfo() });
  }

  /** Ends at once every socket of a device (its key was revoked) or of a user (`user:<id>`). */
  disconnectRoom(room: `device:${number}` | `user:${number}`): void {
    this.io?.in(room).disconnectSockets(true);
  }

  /** Outside the stream: the rating tablet of the counter where a ticket was just finished. */
  ratingOpen(prompt: RatingPrompt): void {
    this.io?.to(`counter:${prompt.counterId}`).emit('rating:open', prompt);
  }

  /** Outside the stream: the counter's tablet and the officer who served the ticket hear it was rated. */
  ratingClosed(closed: RatingClosed, counterId: number, officerId: number | null): void {
    this.io?.to(officerId === null ? [`counter:${counterId}`] : [`counter:${counterId}`, `user:${officerId}`]).emit('rating:closed', closed);
  }

  /** Outside the stream: the counter's devices and the officer working there hear what its keypad did. */
  keypadAction(action: KeypadAction, officerId: number | null): void {
    this.io?.to(officerId === null ? [`counter:${action.counterId}`] : [`counter:${action.counterId}`, `user:${officerId}`]).emit('keypad:action', action);
  }

  /** Outside the stream: only the kiosk that issued the ticket hears how its printout went. */
  printStatus(deviceId: number, status: PrintStatus): void {
    this.io?.to(`device:${deviceId}`).emit('print:status', status);
  }

  /** Outside the stream: a kiosk hears the state of the printer its tickets print on. */
  printerState(kioskId: number, state: KioskPrinterState): void {
    this.io?.to(`device:${kioskId}`).emit('printer:state', state);
  }

  /** Outside the stream: supervisors' dashboards hear a device changed state. */
  deviceChanged(status: DeviceStatus): void {
    this.io?.to('supervisors').emit('device:changed', status);
  }

  /** Outside the stream: supervisors' dashboards hear a kiosk asks for staff. */
  helpRequested(request: HelpRequest): void {
    this.io?.to('supervisors').emit('help:requested', request);
  }

  /** Outside the stream: supervisors' dashboards, and the kiosk that asked, hear a call for staff was dismissed. */
  helpDismissed(request: HelpRequest): void {
    this.io?.to(['supervisors', `device:${request.deviceId}`]).emit('help:dismissed', request);
  }

  snapshot(): QueueSnapshot {
    const { views } = this.queue!;
    return {
      seq: this.seq,
      streamId: this.streamId,
      counters: views.counters(),
      waiting: views.waitingCounts(),
      recentCalls: this.recent,
      nextUp: views.nextUp(),
      serverTime: new Date().toISOString(),
      center: views.centerInfo(),
    };
  }
}
