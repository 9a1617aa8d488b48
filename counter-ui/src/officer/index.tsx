import '../shared/style.css';
import { AppHeader, LangProvider, SessionGate } from '../shared/index.ts';

const TITLE = { vi: 'Quầy giao dịch', en: 'Service counter' };

export default function Officer() {
  return (
    <LangProvider>
      <SessionGate roles={['officer', 'supervisor', 'admin']} title={TITLE}>
        <AppHeader title={TITLE} />
      </SessionGate>
    </LangProvider>
  );
}
