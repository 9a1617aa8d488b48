// The counter-ui app: one bundle for officers (/counter), supervisors (/counter/supervisor),
// admins (/counter/admin) and the rating tablet (/counter/rate?key=...). Each area is its own folder.
import { LangProvider } from '@motcua/ui-kit';
import { lazy, Suspense } from 'react';
import { LANG_KEY } from './shared/api.ts';

const Officer = lazy(() => import('./officer/index.tsx'));
const Supervisor = lazy(() => import('./supervisor/index.tsx'));
const Admin = lazy(() => import('./admin/index.tsx'));
const Rate = lazy(() => import('./officer/rate.tsx'));

function area(pathname: string) {
  if (pathname.startsWith('/counter/supervisor')) return <Supervisor />;
  if (pathname.startsWith('/counter/admin')) return <Admin />;
  if (pathname.startsWith('/counter/rate')) return <Rate />;
  return <Officer />;
}

export function App() {
  return (
    <LangProvider remember={LANG_KEY}>
      <Suspense fallback={<p className="loading">Đang tải… / Loading…</p>}>{area(window.location.pathname)}</Suspense>
    </LangProvider>
  );
}
