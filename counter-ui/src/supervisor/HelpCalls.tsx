// Kiosks whose citizen pressed "Gọi nhân viên / Call staff": first on the dashboard, with the
// kiosk's name and the time, until someone who went there dismisses the call.
import { useState } from 'react';
import type { HelpRequest } from '@motcua/protocol';
import { errorMessage, useApi, useLang } from '../shared/index.ts';
import { clock } from './format.ts';

export function HelpCalls({ requests, timeZone, onChange }: { requests: HelpRequest[]; timeZone: string; onChange(): void }) {
  const { t } = useLang();
  const api = useApi();
  const [error, setError] = useState<string | null>(null);
  if (requests.length === 0) return null;
  const dismiss = (id: number) => {
    api('POST /api/dashboard/help/:id/dismiss', { params: { id } }).then(() => setError(null), (e: unknown) => setError(errorMessage(e))).finally(onChange);
  };
  return (
    <section className="sv-alert help-calls" role="alert" aria-label={t('Gọi nhân viên', 'Calls for staff')}>
      <strong>{t('Công dân cần hỗ trợ tại kiosk:', 'A citizen needs help at a kiosk:')}</strong>
      <ul>
        {requests.map((r) => (
          <li key={r.id} data-help={r.id}>
            <b><bdi>{r.device}</bdi></b> — {t('từ', 'since')} {clock(r.at, timeZone)}
            <button type="button" className="btn small" onClick={() => dismiss(r.id)}>{t('Đã có người đến', 'Someone is there')}</button>
          </li>
        ))}
      </ul>
      {error && <p className="error">{error}</p>}
    </section>
  );
}
