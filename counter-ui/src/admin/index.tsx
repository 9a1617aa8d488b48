// The administration area (/counter/admin): center, departments and services, the procedures
// catalog, counters, users, device keys, and the configuration file. Every change applies live, without a restart.
import '../shared/style.css';
import '../supervisor/supervisor.css';
import './admin.css';
import { useState } from 'react';
import { AppHeader, SessionGate, useLang } from '../shared/index.ts';
import { AreaNav } from '../supervisor/nav.tsx';
import { BackupTab } from './BackupTab.tsx';
import { CatalogTab } from './CatalogTab.tsx';
import { CenterTab } from './CenterTab.tsx';
import { CountersTab } from './CountersTab.tsx';
import { DevicesTab } from './DevicesTab.tsx';
import { ProceduresTab } from './ProceduresTab.tsx';
import { UsersTab } from './UsersTab.tsx';
import { AdminContext, useAdminState } from './useAdmin.ts';

const TITLE = { vi: 'Quản trị', en: 'Administration' };
const TABS = [
  { id: 'center', label: { vi: 'Trung tâm & gọi số', en: 'Center & calling' }, Tab: CenterTab },
  { id: 'catalog', label: { vi: 'Phòng ban & lĩnh vực', en: 'Departments & services' }, Tab: CatalogTab },
  { id: 'procedures', label: { vi: 'Thủ tục hành chính', en: 'Procedures' }, Tab: ProceduresTab },
  { id: 'counters', label: { vi: 'Quầy', en: 'Counters' }, Tab: CountersTab },
  { id: 'users', label: { vi: 'Người dùng', en: 'Users' }, Tab: UsersTab },
  { id: 'devices', label: { vi: 'Thiết bị', en: 'Devices' }, Tab: DevicesTab },
  { id: 'backup', label: { vi: 'Sao lưu cấu hình', en: 'Configuration file' }, Tab: BackupTab },
] as const;

function Area() {
  const { t } = useLang();
  const admin = useAdminState();
  const [tab, setTab] = useState<string>(() => window.location.hash.slice(1) || 'center');
  const current = TABS.find((x) => x.id === tab) ?? TABS[0];
  const choose = (id: string) => {
    window.history.replaceState(null, '', `#${id}`);
    admin.dismiss();
    setTab(id);
  };
  return (
    <div className="sv-page">
      <AppHeader title={TITLE}>
        <AreaNav current="/counter/admin" onNavigate={() => undefined} />
      </AppHeader>
      <main className="sv-main admin">
        <div className="tabs admin-tabs" role="tablist">
          {TABS.map((x) => (
            <button key={x.id} type="button" role="tab" aria-selected={x.id === current.id} className={x.id === current.id ? 'active' : ''} onClick={() => choose(x.id)}>{t(x.label)}</button>
          ))}
        </div>
        {admin.done && <p className="done" role="status">{admin.done}</p>}
        {admin.error && <p className="error" role="alert">{admin.error}</p>}
        <AdminContext.Provider value={admin}>
          {admin.view ? <current.Tab key={current.id} /> : !admin.error && <p className="loading">{t('Đang tải…', 'Loading…')}</p>}
        </AdminContext.Provider>
      </main>
    </div>
  );
}

export default function Admin() {
  return (
    <SessionGate roles={['admin']} title={TITLE}>
      <Area />
    </SessionGate>
  );
}
