// The devices the dashboard shows, with their state: keyed devices online while a socket with their
// key is open; kiosk printers from the outcome of their last printout today; and whatever a device
// hub reports (`report`), which takes precedence for its key. Listeners hear each change of a
// state at once (the dashboard is pushed, not polled).
import type { Clock } from '../domain/business-day.ts';
import type { DeviceState, DeviceStatus } from '@motcua/protocol';
import type { Store } from '../store/index.ts';

type Reported = Omit<DeviceStatus, 'key' | 'since'>;

export class DeviceStatusBoard {
  private readonly sockets = new Map<number, number>();
  private readonly changedAt = new Map<number, Date>();
  private readonly reported = new Map<string, DeviceStatus>();
  private readonly listeners: ((status: DeviceStatus) => void)[] = [];

  constructor(private readonly store: Store, private readonly clock: Clock) {}

  /** A socket with a device's key opened; the answer is to be called when it closes. */
  socketOpened(deviceId: number): () => void {
    this.count(deviceId, +1);
    return () => this.count(deviceId, -1);
  }

  private count(deviceId: number, delta: number): void {
    const before = this.sockets.get(deviceId) ?? 0;
    const after = Math.max(0, before + delta);
    this.sockets.set(deviceId, after);
    if ((before === 0) === (after === 0)) return;
    const at = this.clock();
    this.changedAt.set(deviceId, at);
    const device = this.store.admin.devices().find((d) => d.id === deviceId);
    if (device) this.changed({ key: `device:${deviceId}`, kind: device.kind, name: device.name, state: after > 0 ? 'online' : 'offline', since: at.toISOString() });
  }

  /** Calls `listener` with each device whose state (or what it says of it) changes. */
  onChange(listener: (status: DeviceStatus) => void): void {
    this.listeners.push(listener);
  }

  /** What a device hub reported under `key`, if anything. */
  reportedAs(key: string): DeviceStatus | undefined {
    return this.reported.get(key);
  }

  private changed(status: DeviceStatus): void {
    for (const listener of this.listeners) listener(status);
  }

  connected(deviceId: number): boolean {
    return (this.sockets.get(deviceId) ?? 0) > 0;
  }

  /**
   * For the device hub: the state of a device or printer under `key` (`device:<id>`,
   * `printer:<name>`). `since` moves only when the state changes.
   */
  report(key: string, status: Reported): void {
    const previous = this.reported.get(key);
    const since = previous && previous.state === status.state ? previous.since : this.clock().toISOString();
    const now = { ...status, key, since };
    this.reported.set(key, now);
    if (previous?.state !== now.state || previous.detail !== now.detail) this.changed(now);
  }

  /** For the device hub: a device it no longer reports (its kiosk was unbound, its agent revoked). */
  forget(key: string): void {
    this.reported.delete(key);
  }

  /** The name an administrator gave a device key (its id when unknown). */
  deviceName(deviceId: number): string {
    return this.store.admin.devices().find((d) => d.id === deviceId)?.name ?? `#${deviceId}`;
  }

  /** Every active device key and known printer, with its state. */
  list(businessDay: string): DeviceStatus[] {
    const devices = this.store.admin.devices().filter((d) => d.revokedAt === null);
    const names = new Map(devices.map((d) => [d.id, d.name]));
    const own: DeviceStatus[] = devices.map((d) => ({
      key: `device:${d.id}`, kind: d.kind, name: d.name, state: this.connected(d.id) ? 'online' : 'offline',
      since: this.changedAt.get(d.id)?.toISOString() ?? null,
    }));
    const printers: DeviceStatus[] = this.store.admin.lastPrints(businessDay, businessDay)
      .filter((p) => names.has(p.kioskId))
      .map((p) => ({
        key: `printer:kiosk-${p.kioskId}`, kind: 'printer', name: `Máy in – ${names.get(p.kioskId)}`,
        state: (p.status === 'printed' ? 'online' : 'error') satisfies DeviceState, since: new Date(p.at).toISOString(),
        ...(p.reason ? { detail: p.reason } : {}),
      }));
    const all = new Map([...own, ...printers].map((s) => [s.key, s]));
    for (const [key, status] of this.reported) all.set(key, status);
    return [...all.values()];
  }
}
