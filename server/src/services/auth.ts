// Sign-in and the resolution of bearer tokens (officer sessions or device keys) into actors.
// Wrong passwords are throttled per username and per address and audited; sessions end when
// unused for the idle time or past their absolute lifetime (operations settings); signing out
// ends the session at once and disconnects the user's sockets.
import type { Clock } from '../domain/business-day.ts';
import { DomainError } from '../domain/errors.ts';
import type { LoginResponse } from '@motcua/protocol';
import { DUMMY_PASSWORD_HASH, hashSecret, newSecret, verifyPassword } from '../security/crypto.ts';
import { SignInThrottle } from '../security/throttle.ts';
import type { SessionLimits } from '../store/auth.ts';
import type { Store } from '../store/index.ts';
import type { Actor } from '../domain/actor.ts';

/** Ends every socket of a device (its key was revoked) or of a user (`user:<id>`): the realtime hub. */
export interface SocketRooms {
  disconnectRoom(room: `device:${number}` | `user:${number}`): void;
}

/** A session's last use is written at most this often (a write per request would cost a sync each). */
const TOUCH_EVERY_MS = 60_000;

export class AuthService {
  private readonly throttle: SignInThrottle;

  constructor(private readonly store: Store, private readonly clock: Clock, private readonly sockets: SocketRooms) {
    this.throttle = new SignInThrottle(clock);
  }

  /** Signs in `username` from `address` (the client's IP), or refuses: 401 wrong, 429 too many tries. */
  async login(username: string, password: string, address: string): Promise<LoginResponse> {
    const attempt = this.throttle.attempt(username, address);
    const user = this.store.auth.userByUsername(username);
    const ok = await verifyPassword(password, user?.passwordHash ?? DUMMY_PASSWORD_HASH);
    const now = this.clock();
    if (!user || !ok) {
      const audit = (action: string, detail: Record<string, unknown>) =>
        this.store.audit.record({ at: now.getTime(), userId: user?.id ?? null, deviceId: null, action, counterId: null, ticketId: null, detail });
      audit('auth.login.failed', { username, address });
      if (attempt.locked) audit('auth.login.locked', { username, address, by: attempt.locked });
      throw new DomainError('bad_credentials', 'Wrong username or password. Check both and try again.', 'Sai tên đăng nhập hoặc mật khẩu. Vui lòng kiểm tra và thử lại.');
    }
    attempt.succeeded();
    const token = newSecret();
    const { sessionMaxHours } = this.store.operations.settings();
    this.store.auth.createSession(hashSecret(token), user.id, now, new Date(now.getTime() + sessionMaxHours * 3_600_000), this.limits(now));
    this.store.audit.record({ at: now.getTime(), userId: user.id, deviceId: null, action: 'auth.login', counterId: null, ticketId: null, detail: { address } });
    return { token, user: { id: user.id, username: user.username, role: user.role, displayName: user.displayName ?? user.username, departmentId: user.departmentId } };
  }

  /** Ends this session and disconnects its user's sockets. */
  logout(token: string): void {
    const userId = this.store.auth.deleteSession(hashSecret(token));
    if (userId !== undefined) this.sockets.disconnectRoom(`user:${userId}`);
  }

  /** The actor behind a bearer token, or undefined for an unknown, ended or revoked one. */
  resolve(token: string): Actor | undefined {
    const hash = hashSecret(token);
    const now = this.clock();
    const session = this.store.auth.userBySession(hash, now, this.limits(now));
    if (session) {
      if (now.getTime() - session.lastSeen.getTime() >= TOUCH_EVERY_MS) this.store.auth.touchSession(hash, now);
      const { user } = session;
      return { userId: user.id, deviceId: null, role: user.role, departmentId: user.departmentId, deviceCounterId: null, username: user.username };
    }
    const device = this.store.auth.deviceByKeyHash(hash);
    if (device) return { userId: null, deviceId: device.id, role: device.kind, departmentId: null, deviceCounterId: device.counterId, username: device.name };
    return undefined;
  }

  /** Whether a session token still holds, without counting as a use (the socket sweep asks it). */
  isLive(token: string): boolean {
    const now = this.clock();
    return this.store.auth.userBySession(hashSecret(token), now, this.limits(now)) !== undefined;
  }

  private limits(now: Date): SessionLimits {
    const { sessionIdleMinutes, sessionMaxHours } = this.store.operations.settings();
    return { startedAfter: new Date(now.getTime() - sessionMaxHours * 3_600_000), usedAfter: new Date(now.getTime() - sessionIdleMinutes * 60_000) };
  }
}
