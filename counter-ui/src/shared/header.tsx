// The top bar of a signed-in area: its title, whatever the area adds, the user, VI/EN, sign out.
import type { ReactNode } from 'react';
import type { LocalizedText } from '@motcua/protocol';
import { LangSwitch, useLang } from '@motcua/ui-kit';
import { useSession } from './session.tsx';

export function AppHeader({ title, children }: { title: LocalizedText; children?: ReactNode }) {
  const { t } = useLang();
  const { user, signOut } = useSession();
  return (
    <header className="app-header">
      <h1>{t(title)}</h1>
      <div className="app-header-middle">{children}</div>
      <span className="user" title={user.username}>{user.displayName ?? user.username}</span>
      <LangSwitch compact />
      <button type="button" className="btn small" onClick={signOut}>{t('Đăng xuất', 'Sign out')}</button>
    </header>
  );
}
