// Transfer the ticket in hand to another service or counter of any department: a searchable list
// (accents optional, arrows and Enter work), and "send to the back of the line".
import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Catalog, Ticket, TransferRequest } from '@motcua/protocol';
import { Modal, useLang } from '../shared/index.ts';
import { fold } from './text.ts';

interface Target { key: string; label: string; detail: string; request: TransferRequest; words: string }

function targets(catalog: Catalog, t: ReturnType<typeof useLang>['t'], ownDepartment: number): Target[] {
  const departments = [...catalog.departments].sort((a, b) => Number(b.id === ownDepartment) - Number(a.id === ownDepartment));
  const departmentName = (id: number) => catalog.departments.find((d) => d.id === id)?.name;
  const services = departments.flatMap((d) => d.services.map((s) => ({
    key: `s${s.id}`, label: t(s.name), detail: t(d.name), request: { serviceId: s.id },
    words: fold(`${s.name.vi} ${s.name.en} ${s.code} ${d.name.vi} ${d.name.en} ${d.code}`),
  })));
  const counters = catalog.counters.map((c) => {
    const name = departmentName(c.departmentId);
    return {
      key: `c${c.id}`, label: t(`Quầy ${c.number}`, `Counter ${c.number}`), detail: name ? t(name) : '', request: { counterId: c.id },
      words: fold(`quay counter ${c.number} ${c.name} ${name?.vi ?? ''} ${name?.en ?? ''}`),
    };
  });
  return [...services, ...counters];
}

interface Props {
  ticket: Ticket;
  catalog: Catalog;
  error: string | null;
  busy: boolean;
  onTransfer(request: TransferRequest): void;
  onClose(): void;
}

export function TransferDialog({ ticket, catalog, error, busy, onTransfer, onClose }: Props) {
  const { t } = useLang();
  const [query, setQuery] = useState('');
  const [toBack, setToBack] = useState(false);
  const [selected, setSelected] = useState(0);
  const all = useMemo(() => targets(catalog, t, ticket.departmentId), [catalog, t, ticket.departmentId]);
  const terms = fold(query).split(/\s+/).filter(Boolean);
  const shown = all.filter((x) => terms.every((term) => x.words.includes(term)));
  const current = Math.min(selected, Math.max(0, shown.length - 1));
  const choose = (target: Target | undefined) => {
    if (target && !busy) onTransfer({ ...target.request, toBack });
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setSelected(Math.max(0, Math.min(shown.length - 1, current + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(shown[current]);
    }
  };
  return (
    <Modal title={t(`Chuyển số ${ticket.number}`, `Transfer ticket ${ticket.number}`)} onClose={onClose}>
      <label className="field">
        <span>{t('Tìm lĩnh vực hoặc quầy (gõ có dấu hay không dấu đều được)', 'Find a service or counter (accents optional)')}</span>
        <input autoFocus value={query} onChange={(e) => { setQuery(e.target.value); setSelected(0); }} onKeyDown={onKey}
          placeholder={t('ví dụ: y te, chứng thực, quầy 4', 'e.g. health, certification, counter 4')} aria-controls="transfer-targets" />
      </label>
      <label className="check">
        <input type="checkbox" checked={toBack} onChange={(e) => setToBack(e.target.checked)} />
        {t('Xếp xuống cuối hàng (không giữ thời điểm đến ban đầu)', 'Send to the back of the line (drop the original arrival time)')}
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <ul className="pick-list" id="transfer-targets" role="listbox" aria-label={t('Nơi chuyển đến', 'Transfer to')}>
        {shown.length === 0 && <li className="muted">{t('Không tìm thấy. Thử từ khác.', 'Nothing found. Try another word.')}</li>}
        {shown.map((x, i) => (
          <li key={x.key} role="option" aria-selected={i === current}>
            <button type="button" className={i === current ? 'selected' : ''} disabled={busy} onMouseEnter={() => setSelected(i)} onClick={() => choose(x)}>
              <strong>{x.label}</strong> <span className="muted">{x.detail}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="muted">{t('↑ ↓ để chọn, Enter để chuyển, Esc để đóng.', '↑ ↓ to choose, Enter to transfer, Esc to close.')}</p>
    </Modal>
  );
}
