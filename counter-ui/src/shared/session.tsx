// The signed-in session: a login form (POST /api/auth/login), the token kept in localStorage,
// sign out, and a role check that says plainly when this page is not for this account. A session the
// server ended (expired, signed out by an administrator) comes back to the form saying so, with the
// username filled in.
import { createContext, useCallback, useContext, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { LocalizedText, LoginResponse, Role, UserView } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';
import { errorMessage } from './api.ts';
import { LangSwitch, useLang, validityMessages } from '@motcua/ui-kit';

const SESSION_KEY = 'motcua.counter.session';

export interface Session {
  token: string;
  user: UserView;
  signOut(): void;
  /** The server ended this sign-in (a 401, the live stream refused): back to the form, which says so and keeps the username. */
  ended(): void;
}

export const ROLE_LABELS: Record<Role, LocalizedText> = {
  officer: { vi: 'cán bộ một cửa', en: 'officer' },
  supervisor: { vi: 'giám sát viên', en: 'supervisor' },
  admin: { vi: 'quản trị viên', en: 'administrator' },
};

function stored(): LoginResponse | null {
  try {
    const value = JSON.parse(window.localStorage.getItem(SESSION_KEY) ?? 'null') as LoginResponse | null;
    return value?.token && value.user ? value : null;
  } catch {
    return null;
  }
}

const SessionContext = createContext<Session | null>(null);

/** The signed-in session; only inside <SessionGate>. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession() needs a <SessionGate> above it');
  return session;
}

interface GateProps {
  /** The roles this area is for; anyone else is told so and offered to sign out. */
  roles: readonly Role[];
  /** The area's name, shown above the login form. */
  title: LocalizedText;
  children: ReactNode;
}

/** Shows the login form until someone signs in with one of `roles`, then the children. */
export function SessionGate({ roles, title, children }: GateProps) {
  const [login, setLogin] = useState<LoginResponse | null>(stored);
  // Whose session the server ended: the form says so and fills in the username.
  const [endedFor, setEndedFor] = useState<string | null>(null);
  const signOut = useCallback(() => {
    const token = login?.token;
    window.localStorage.removeItem(SESSION_KEY);
    setLogin(null);
    if (token) call('POST /api/auth/logout', { token }).catch(() => undefined);
  }, [login]);
  const ended = useCallback(() => {
    if (!login) return;
    window.localStorage.removeItem(SESSION_KEY);
    setEndedFor(login.user.username);
    setLogin(null);
  }, [login]);
  const signIn = useCallback((answer: LoginResponse) => {
    window.localStorage.setItem(SESSION_KEY, JSON.stringify(answer));
    setEndedFor(null);
    setLogin(answer);
  }, []);
  const session = useMemo(() => (login ? { token: login.token, user: login.user, signOut, ended } : null), [login, signOut, ended]);

  if (!session) return <LoginForm title={title} onSignedIn={signIn} endedFor={endedFor} />;
  if (!roles.includes(session.user.role)) return <WrongRole session={session} roles={roles} title={title} />;
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

interface LoginProps {
  title: LocalizedText;
  onSignedIn(answer: LoginResponse): void;
  /** The username whose session the server just ended, if that is why the form shows. */
  endedFor: string | null;
}

function LoginForm({ title, onSignedIn, endedFor }: LoginProps) {
  const { t } = useLang();
  const [username, setUsername] = useState(endedFor ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await call('POST /api/auth/login', { body: { username: username.trim(), password } }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="login-page">
      <form className="card login-card" onSubmit={submit} {...validityMessages(t)} aria-labelledby="login-title">
        <div className="row spread">
          <h1 id="login-title">{t(title)}</h1>
          <LangSwitch compact />
        </div>
        {endedFor ? (
          <p className="notice" role="alert" data-testid="session-ended">
            {t('Phiên đăng nhập đã kết thúc. Vui lòng đăng nhập lại.', 'Your session has ended. Please sign in again.')}
          </p>
        ) : (
          <p className="muted">{t('Đăng nhập bằng tài khoản được cấp.', 'Sign in with the account you were given.')}</p>
        )}
        <label className="field">
          <span>{t('Tên đăng nhập', 'Username')}</span>
          <input name="username" autoComplete="username" autoFocus={!endedFor} required value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('Mật khẩu', 'Password')}</span>
          <input name="password" type="password" autoComplete="current-password" autoFocus={!!endedFor} required value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        <button type="submit" className="btn primary wide" disabled={busy}>{busy ? t('Đang đăng nhập…', 'Signing in…') : t('Đăng nhập', 'Sign in')}</button>
      </form>
    </main>
  );
}

function WrongRole({ session, roles, title }: { session: Session; roles: readonly Role[]; title: LocalizedText }) {
  const { t } = useLang();
  const role = t(ROLE_LABELS[session.user.role]);
  const allowed = roles.map((r) => t(ROLE_LABELS[r])).join(', ');
  return (
    <main className="login-page">
      <section className="card login-card" role="alert">
        <h1>{t(title)}</h1>
        <p className="error">
          {t(
            `Tài khoản ${session.user.username} là ${role}; trang này chỉ dành cho ${allowed}. Hãy đăng xuất rồi đăng nhập bằng tài khoản phù hợp.`,
            `The account ${session.user.username} has the role ${role}; this page is for ${allowed} only. Sign out, then sign in with a suitable account.`,
          )}
        </p>
        <button type="button" className="btn primary wide" onClick={session.signOut}>{t('Đăng xuất', 'Sign out')}</button>
      </section>
    </main>
  );
}
