// Users, sessions and device keys. Tokens and keys are stored as sha256 hashes only.
import type { Role } from '@motcua/protocol';
import type { Db } from './db.ts';

export interface User { id: number; username: string; displayName: string | null; passwordHash: string; role: Role; departmentId: number | null }
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
      insertSession: db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)'),
      userBySession: db.prepare<[string, string], UserRow>(`SELECT u.* FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = ? AND s.expires_at > ? AND u.disabled = 0`),
      deleteSession: db.prepare('DELETE FROM sessions WHERE token_hash = ?'),
      purgeSessions: db.prepare('DELETE FROM sessions WHERE expires_at <= ?'),
      deviceByKey: db.prepare<[string], DeviceRow>('SELECT id, kind, name, counter_id FROM devices WHERE key_hash = ? AND revoked_at IS NULL'),
    };
  }

  userByUsername(username: string): User | undefined {
    const r = this.q.userByName.get(username);
    return r && toUser(r);
  }

  createSession(tokenHash: string, userId: number, now: Date, expiresAt: Date): void {
    this.q.purgeSessions.run(now.toISOString());
    this.q.insertSession.run(tokenHash, userId, now.toISOString(), expiresAt.toISOString());
  }

  userBySession(tokenHash: string, now: Date): User | undefined {
    const r = this.q.userBySession.get(tokenHash, now.toISOString());
    return r && toUser(r);
  }

  deleteSession(tokenHash: string): void {
    this.q.deleteSession.run(tokenHash);
  }

  deviceByKeyHash(keyHash: string): Device | undefined {
    const r = this.q.deviceByKey.get(keyHash);
    return r && toDevice(r);
  }
}
