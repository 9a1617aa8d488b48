// Choosing the counter to work at: the counters of my department (and the one this PC remembers),
// with their live state; opening one makes it mine.
import { useState } from 'react';
import type { Catalog, CounterView } from '@motcua/protocol';
import { useLang, useSession, validityMessages } from '../shared/index.ts';
import { COUNTER_STATE_LABELS } from './text.ts';

interface Props {
  catalog: Catalog;
  live: CounterView[];
  remembered: number | null;
  error: string | null;
  busy: boolean;
  onOpen(counterId: number): void;
}

export function CounterPicker({ catalog, live, remembered, error, busy, onOpen }: Props) {
  const { t } = useLang();
  const { user } = useSession();
  const mine = catalog.counters.filter((c) => user.departmentId == null || c.departmentId === user.departmentId || c.id === remembered);
  const [chosen, setChosen] = useState<number | null>(remembered ?? mine[0]?.id ?? null);
  const department = (id: number) => catalog.departments.find((d) => d.id === id)?.name;
  const chosenCounter = catalog.counters.find((c) => c.id === chosen);

  return (
    <main className="picker">
      <form className="card stack" onSubmit={(e) => { e.preventDefault(); if (chosen !== null) onOpen(chosen); }} {...validityMessages(t)}>
        <h2>{t('Chọn quầy làm việc', 'Choose your counter')}</h2>
        <p className="muted">{t('Máy này sẽ nhớ quầy bạn chọn cho lần sau.', 'This PC remembers your choice for next time.')}</p>
        <div className="counter-grid" role="radiogroup" aria-label={t('Quầy', 'Counter')}>
          {mine.map((c) => {
            const state = live.find((v) => v.id === c.id)?.state ?? 'closed';
            const name = department(c.departmentId);
            return (
              <label key={c.id} className={`counter-choice ${chosen === c.id ? 'chosen' : ''}`}>
                <input type="radio" name="counter" value={c.id} checked={chosen === c.id} onChange={() => setChosen(c.id)} />
                <strong>{t(`Quầy ${c.number}`, `Counter ${c.number}`)}</strong>
                <span className="muted">{name ? t(name) : ''}</span>
                <span className={`state-chip ${state}`}>{t(COUNTER_STATE_LABELS[state])}</span>
              </label>
            );
          })}
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        <button type="submit" className="btn primary" disabled={busy || chosen === null}>
          {chosenCounter ? t(`Mở quầy ${chosenCounter.number}`, `Open counter ${chosenCounter.number}`) : t('Mở quầy', 'Open the counter')}
        </button>
      </form>
    </main>
  );
}
