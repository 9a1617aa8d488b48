// On the live dashboard: today's tickets by kind of visit (submit, collect a result, help to file
// online, chosen by service) and the procedures asked for most, from today's report (every minute).
import { useEffect, useState } from 'react';
import type { Report } from '@motcua/protocol';
import { useApi, useLang } from '../shared/index.ts';
import { isoDay } from './format.ts';

const REFRESH_MS = 60_000;
/** How many procedures the dashboard lists (the report has the top 20). */
const SHOWN = 10;

export function VisitMix({ timeZone }: { timeZone: string }) {
  const { t } = useLang();
  const api = useApi();
  const [report, setReport] = useState<Report | null>(null);
  useEffect(() => {
    const load = () => {
      const today = isoDay(timeZone);
      api('GET /api/reports', { query: { from: today, to: today } }).then(setReport, () => undefined);
    };
    load();
    const timer = setInterval(load, REFRESH_MS);
    return () => clearInterval(timer);
  }, [api, timeZone]);
  if (!report) return null;
  return (
    <section className="card visit-mix" data-testid="visit-mix">
      <h2>{t('Hôm nay theo loại lượt đến', 'Today by kind of visit')}</h2>
      <dl className="kinds">
        {report.kinds.map((k) => (
          <div key={k.code} data-kind={k.code}><dt>{t(k.label)}</dt><dd>{k.issued}</dd></div>
        ))}
      </dl>
      <h2>{t('Thủ tục nhiều nhất hôm nay', "Today's top procedures")}</h2>
      {report.procedures.length === 0 ? <p className="muted">{t('Chưa có phiếu theo thủ tục.', 'No ticket for a procedure yet.')}</p> : (
        <ol className="top-procedures">
          {report.procedures.slice(0, SHOWN).map((p) => (
            <li key={p.code}><b>{p.issued}</b> <span className="code">{p.code}</span> {t(p.label)}</li>
          ))}
        </ol>
      )}
    </section>
  );
}
