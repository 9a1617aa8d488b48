// The supervisor area (/counter/supervisor): the live dashboard and the reports, for supervisors and admins.
import '../shared/style.css';
import './supervisor.css';
import { useEffect, useState } from 'react';
import { AppHeader, SessionGate } from '../shared/index.ts';
import { Dashboard } from './Dashboard.tsx';
import { AreaNav } from './nav.tsx';
import { Reports } from './Reports.tsx';

const TITLE = { vi: 'Giám sát', en: 'Supervision' };

function Area() {
  const [path, setPath] = useState(window.location.pathname.replace(/\/$/, ''));
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname.replace(/\/$/, ''));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const reports = path === '/counter/supervisor/reports';
  return (
    <div className="sv-page">
      <AppHeader title={TITLE}>
        <AreaNav current={reports ? '/counter/supervisor/reports' : '/counter/supervisor'} onNavigate={setPath} />
      </AppHeader>
      {reports ? <Reports /> : <Dashboard />}
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
