// The officer console: who I am and where I work (GET /api/me), the catalog, the live stream, then
// the counter picker or the workspace of the open counter.
import { useCallback, useEffect, useState } from 'react';
import { PAUSE_LABELS, type Catalog, type CounterView, type MeView } from '@motcua/protocol';
import { AppHeader, ConnectionMark, errorMessage, useApi, useLang, useLiveQueue, useSession } from '../shared/index.ts';
import { CounterPicker } from './CounterPicker.tsx';
import { COUNTER_STATE_LABELS, TITLE } from './text.ts';
import { Workspace } from './Workspace.tsx';

const COUNTER_KEY = 'motcua.counter.counterId';

function rememberedCounter(): number | null {
  const n = Number(window.localStorage.getItem(COUNTER_KEY));
  return Number.isInteger(n) && n > 0 ? n : null;
}

export function Console() {
  const { t } = useLang();
  const api = useApi();
  const { token, ended } = useSession();
  const live = useLiveQueue({ token, on: { refused: ended } });
  const [me, setMe] = useState<MeView | null>(null);
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [counterId, setCounterId] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    Promise.all([api('GET /api/me'), api('GET /api/catalog')]).then(([m, c]) => {
      setMe(m);
      setCatalog(c);
      setCounterId(m.counterId);
    }, (e: unknown) => setError(errorMessage(e)));
  }, [api]);

  const open = async (id: number) => {
    setBusy(true);
    setError(null);
    try {
      await api('POST /api/counters/:id/open', { params: { id } });
      window.localStorage.setItem(COUNTER_KEY, String(id));
      setCounterId(id);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const closed = useCallback(() => setCounterId(null), []);

  const counters: CounterView[] = live.state?.counters ?? [];
  const current = counters.find((c) => c.id === counterId);
  const department = catalog?.departments.find((d) => d.id === current?.departmentId);
  return (
    <div className="officer">
      <AppHeader title={TITLE}>
        {current && (
          <span className="counter-badge" data-testid="counter-badge">
            {t(`Quầy ${current.number}`, `Counter ${current.number}`)}{department ? ` · ${t(department.name)}` : ''}
            <span className={`state-chip ${current.state}`}>
              {t(COUNTER_STATE_LABELS[current.state])}{current.state === 'paused' && current.pauseReason ? `: ${t(PAUSE_LABELS[current.pauseReason])}` : ''}
            </span>
          </span>
        )}
        <ConnectionMark connection={live.connection} />
      </AppHeader>
      {!me || !catalog ? (
        error ? <p className="error page-error" role="alert">{error}</p> : <p className="loading">{t('Đang tải…', 'Loading…')}</p>
      ) : counterId === null ? (
        <CounterPicker catalog={catalog} live={counters} remembered={rememberedCounter()} error={error} busy={busy} onOpen={(id) => void open(id)} />
      ) : (
        <Workspace counterId={counterId} recallLimit={me.recallLimit} catalog={catalog} liveSeq={live.state?.seq} offline={live.connection === 'offline'} socket={live.socket} onClosed={closed} />
      )}
    </div>
  );
}
