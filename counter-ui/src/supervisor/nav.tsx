// Navigation between the supervisor's and the administrator's pages (all under /counter/).
import type { LocalizedText } from '@motcua/protocol';
import { useLang, useSession } from '../shared/index.ts';

export interface Page { path: string; label: LocalizedText; adminOnly?: boolean }

export const PAGES: Page[] = [
  { path: '/counter/supervisor', label: { vi: 'Theo dõi trực tiếp', en: 'Live dashboard' } },
  { path: '/counter/supervisor/reports', label: { vi: 'Báo cáo', en: 'Reports' } },
  { path: '/counter/supervisor/act', label: { vi: 'Điều hành', en: 'Act' } },
  { path: '/counter/supervisor/audit', label: { vi: 'Nhật ký', en: 'Audit log' } },
  { path: '/counter/admin', label: { vi: 'Quản trị', en: 'Administration' }, adminOnly: true },
];

/** Links to the other pages; within one area the page switches without reloading. */
export function AreaNav({ current, onNavigate }: { current: string; onNavigate(path: string): void }) {
  const { t } = useLang();
  const { user } = useSession();
  return (
    <nav className="area-nav" aria-label={t('Trang', 'Pages')}>
      {PAGES.filter((p) => !p.adminOnly || user.role === 'admin').map((p) => (
        <a
          key={p.path}
          href={p.path}
          aria-current={p.path === current ? 'page' : undefined}
          onClick={(e) => {
            if (p.path.split('/')[2] !== current.split('/')[2]) return;
            e.preventDefault();
            window.history.pushState(null, '', p.path);
            onNavigate(p.path);
          }}
        >
          {t(p.label)}
        </a>
      ))}
    </nav>
  );
}
