// Users, sessions and device keys. Tokens and keys are stored as sha256 hashes only.
import type { Role } from '@motcua/protocol';
import type { Db } from './db.ts';

export interface User { id: number; username: string; displayName: string | null; passwordHash: string; role: Role; departmentId: number | null }
/** A session counts while begun after `startedAfter` (absolute lifetime) and used after `usedAfter` (idle time). */
export interface SessionLimits { startedAfter: Date; usedAfter: Date }
export interface Device { id: number; kind: 'kiosk' | 'display' | 'agent'; name: string; counterId: number | null }

interface UserRow { id: number; username: string; display_name: string | null; password_hash: string; role: Role; department_id: number | null }
interface DeviceRow { id: number; kind: Device['kind']; name: string; counter_id: number | null }

const toUser = (r: UserRow): User => ({ id: r.id, username: r.username, displayName: r.display_name, passwordHash: r.password_hash, role: r.role, departmentId: r.department_id });
const toDevice = (r: DeviceRow): Device => ({ id: r.id, kind: r.kind, name: r.name, counterId: r.counter_id });

export class AuthStore {
  private readonly q;

  constructor(db: Db) {
    this.q = {
      userByName: db.prepare<[string], UserRow>('SELECT * FROM users WHERE username = ? AND disabled = 0'),
      insertSession: db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)'),
      userBySession: db.prepare<[string, string, string, string], UserRow & { last_seen_at: string }>(`SELECT u.*, s.last_seen_at FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = ? AND s.expires_at > ? AND s.created_at > ? AND s.last_seen_at > ? AND u.disabled = 0`),
      touchSession: db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?'),
      deleteSession: db.prepare<[string], { user_id: number }>('DELETE FROM sessions WHERE token_hash = ? RETURNING user_id'),
      purgeSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ? OR created_at <= ? OR last_seen_at <= ?'),
      deviceByKey: db.prepare<[string], DeviceRow>('SELECT id, kind, name, counter_id FROM devices WHERE key_hash = ? AND revoked_at IS NULL'),
    };
  }

  userByUsername(username: string): User | undefined {
    const r = this.q.userByName.get(username);
    return r && toUser(r);
  }

  /** Starts a session (and drops those that ended: begun before `startedAfter` or unused since `usedAfter`). */
  createSession(tokenHash: string, userId: number, now: Date, expiresAt: Date, limits: SessionLimits): void {
    this.q.purgeSessions.run(now.toISOString(), limits.startedAfter.toISOString(), limits.usedAfter.toISOString());
    this.q.insertSession.run(tokenHash, userId, now.toISOString(), expiresAt.toISOString(), now.toISOString());
  }

  /** The user of a session still going at `now`, and when the session was last used. */
  userBySession(tokenHash: string, now: Date, limits: SessionLimits): { user: User; lastSeen: Date } | undefined {
    const r = this.q.userBySession.get(tokenHash, now.toISOString(), limits.startedAfter.toISOString(), limits.usedAfter.toISOString());
    return r && { user: toUser(r), lastSeen: new Date(r.last_seen_at) };
  }

  touchSession(tokenHash: string, now: Date): void {
    this.q.touchSession.run(now.toISOString(), tokenHash);
  }

  /** Ends a session; answers whose it was. */
  deleteSession(tokenHash: string): number | undefined {
    return this.q.deleteSession.get(tokenHash)?.user_id;
  }

  deviceByKeyHash(keyHash: string): Device | undefined {
    const r = this.q.deviceByKey.get(keyHash);
    return r && toDevice(r);
  }
}
