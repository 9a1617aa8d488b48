// The supervisor area (/counter/supervisor): the live dashboard, the reports, acting on the floor
// (act) and the audit log, for supervisors and admins.
import '../shared/style.css';
import './supervisor.css';
import { useEffect, useState, type ReactElement } from 'react';
import { AppHeader, SessionGate } from '../shared/index.ts';
import { Act } from './Act.tsx';
import { Audit } from './Audit.tsx';
import { Dashboard } from './Dashboard.tsx';
import { AreaNav } from './nav.tsx';
import { Reports } from './Reports.tsx';

const TITLE = { vi: 'Giám sát', en: 'Supervision' };
const PAGES_BY_PATH: Record<string, { path: string; view: () => ReactElement }> = Object.fromEntries(([
  ['/counter/supervisor', Dashboard], ['/counter/supervisor/reports', Reports], ['/counter/supervisor/act', Act], ['/counter/supervisor/audit', Audit],
] as const).map(([path, view]) => [path, { path, view }]));

function Area() {
  const [path, setPath] = useState(window.location.pathname.replace(/\/$/, ''));
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname.replace(/\/$/, ''));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const page = PAGES_BY_PATH[path] ?? PAGES_BY_PATH['/counter/supervisor']!;
  return (
    <div className="sv-page">
      <AppHeader title={TITLE}>
        <AreaNav current={page.path} onNavigate={setPath} />
      </AppHeader>
      <page.view />
    </div>
  );
}

export default function Supervisor() {
  return (
    <SessionGate roles={['supervisor', 'admin']} title={TITLE}>
      <Area />
    </SessionGate>
  );
}
