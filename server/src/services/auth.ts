// Sign-in and the resolution of bearer tokens (officer sessions or device keys) into actors.
import type { Clock } from '../domain/business-day.ts';
import { DomainError } from '../domain/errors.ts';
import type { LoginResponse } from '@motcua/protocol';
import { DUMMY_PASSWORD_HASH, hashSecret, newSecret, verifyPassword } from '../security/crypto.ts';
import type { Store } from '../store/index.ts';
import type { Actor } from './queue.ts';

export const SESSION_HOURS = 12;

export class AuthService {
  constructor(private readonly store: Store, private readonly clock: Clock) {}

  login(username: string, password: string): LoginResponse {
    const user = this.store.auth.userByUsername(username);
    const ok = verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    if (!user || !ok) throw new DomainError('bad_credentials', 'Wrong username or password. Check both and try again.', 'Sai tên đăng nhập hoặc mật khẩu. Vui lòng kiểm tra và thử lại.');
    const token = newSecret();
    const now = this.clock();
    this.store.auth.createSession(hashSecret(token), user.id, now, new Date(now.getTime() + SESSION_HOURS * 3_600_000));
    this.store.audit.record({ at: now.getTime(), userId: user.id, deviceId: null, action: 'auth.login', counterId: null, ticketId: null, detail: null });
    return { token, user: { id: user.id, username: user.username, role: user.role, displayName: user.displayName ?? user.username, departmentId: user.departmentId } };
  }

  logout(token: string): void {
    this.store.auth.deleteSession(hashSecret(token));
  }

  /** The actor behind a bearer token, or undefined for an unknown, expired or revoked one. */
  resolve(token: string): Actor | undefined {
    const hash = hashSecret(token);
    const user = this.store.auth.userBySession(hash, this.clock());
    if (user) return { userId: user.id, deviceId: null, role: user.role, departmentId: user.departmentId, deviceCounterId: null, username: user.username };
    const device = this.store.auth.deviceByKeyHash(hash);
    if (device) return { userId: null, deviceId: device.id, role: device.kind, departmentId: null, deviceCounterId: device.counterId, username: device.name };
    return undefined;
  }
}
