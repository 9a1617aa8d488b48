// The small dialogs of the console: call a specific number, pause with a reason, close the counter,
// confirm a no-show, and the help overlay listing every shortcut.
import { useEffect, useState, type FormEvent } from 'react';
import { PAUSE_LABELS, PAUSE_REASONS, type LocalizedText, type PauseReason, type RatingScale } from '@motcua/protocol';
import { Modal, useLang, validityMessages } from '../shared/index.ts';
import { ACTIONS, ratingKeys, type ActionId } from './actions.ts';

interface Common { error: string | null; busy: boolean; onClose(): void }

export function CallNumberDialog({ error, busy, onClose, onCall }: Common & { onCall(number: string): void }) {
  const { t } = useLang();
  const [number, setNumber] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (number.trim()) onCall(number.trim());
  };
  return (
    <Modal title={t('Gọi số cụ thể', 'Call a specific number')} onClose={onClose}>
      <form className="stack" onSubmit={submit} {...validityMessages(t)}>
        <label className="field">
          <span>{t('Số phiếu (đang chờ, hoặc đang tạm giữ ở quầy này)', 'Ticket number (waiting, or parked at this counter)')}</span>
          <input autoFocus inputMode="numeric" pattern="[0-9]{1,5}" required value={number} onChange={(e) => setNumber(e.target.value)} className="big-input" />
        </label>
        {error && <p className="error" role="alert">{error}</p>}
        <button type="submit" className="btn primary" disabled={busy}>{t('Gọi số này', 'Call this number')}</button>
      </form>
    </Modal>
  );
}

export function PauseDialog({ error, busy, onClose, onPause }: Common & { onPause(reason: PauseReason, note?: string): void }) {
  const { t } = useLang();
  const [note, setNote] = useState('');
  return (
    <Modal title={t('Tạm dừng quầy', 'Pause the counter')} onClose={onClose}>
      <p>{t('Trong lúc tạm dừng, quầy không gọi số mới. Chọn lý do:', 'While paused, the counter calls no one. Choose the reason:')}</p>
      <label className="field">
        <span>{t('Ghi chú (không bắt buộc)', 'Note (optional)')}</span>
        <input value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      </label>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="row">
        {PAUSE_REASONS.map((reason, i) => (
          <button key={reason} type="button" className="btn primary" disabled={busy} autoFocus={i === 0}
            onClick={() => onPause(reason, note.trim() || undefined)}>
            {t(PAUSE_LABELS[reason])}
          </button>
        ))}
      </div>
    </Modal>
  );
}

export function CloseDialog({ error, busy, onClose, onConfirm, counterNumber }: Common & { onConfirm(): void; counterNumber: number }) {
  const { t } = useLang();
  return (
    <Modal title={t(`Đóng quầy ${counterNumber}?`, `Close counter ${counterNumber}?`)} onClose={onClose}>
      <p>{t('Quầy sẽ không nhận số nữa cho đến khi được mở lại.', 'The counter takes no more tickets until it is opened again.')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="row">
        <button type="button" className="btn danger" disabled={busy} autoFocus onClick={onConfirm}>{t('Đóng quầy', 'Close the counter')}</button>
        <button type="button" className="btn" onClick={onClose}>{t('Không đóng', 'Keep it open')}</button>
      </div>
    </Modal>
  );
}

/**
 * A no-show removes a citizen from the line: N (beside B) asks first. Enter (the focused button) or N
 * again marks it, Esc or the other button keeps the ticket in hand.
 */
export function NoShowDialog({ error, busy, onClose, onConfirm, number }: Common & { onConfirm(): void; number: string }) {
  const { t } = useLang();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.code !== 'KeyN' || e.repeat || e.ctrlKey || e.altKey || e.metaKey) return;
      e.preventDefault();
      if (!busy) onConfirm();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [busy, onConfirm]);
  return (
    <Modal title={t(`Đánh dấu số ${number} vắng mặt?`, `Mark ticket ${number} as no-show?`)} onClose={onClose}>
      <p>{t('Số này sẽ ra khỏi hàng chờ và không được gọi lại.', 'The ticket leaves the line and is not called again.')}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <div className="row">
        <button type="button" className="btn danger" disabled={busy} autoFocus onClick={onConfirm}>
          {t('Ghi vắng mặt', 'Mark no-show')} <kbd>Enter</kbd> <kbd>N</kbd>
        </button>
        <button type="button" className="btn" onClick={onClose}>{t('Không, công dân có mặt', 'No, the citizen is here')} <kbd>Esc</kbd></button>
      </div>
    </Modal>
  );
}

/** The actions grouped by their keys (P parks or resumes, B pauses or resumes work), with how they ask first; the rating's keys as many as the scale's levels. */
function byKeys(scale: RatingScale): Map<string, LocalizedText[]> {
  const groups = new Map<string, LocalizedText[]>();
  for (const id of Object.keys(ACTIONS) as ActionId[]) {
    const { label, asks } = ACTIONS[id];
    const keys = id === 'rate' ? ratingKeys(scale) : ACTIONS[id].keys;
    const text = asks ? { vi: `${label.vi} (${asks.vi})`, en: `${label.en} (${asks.en})` } : label;
    groups.set(keys.join(' '), [...(groups.get(keys.join(' ')) ?? []), text]);
  }
  return groups;
}

export function HelpOverlay({ onClose, ratingScale }: { onClose(): void; ratingScale: RatingScale }) {
  const { t } = useLang();
  return (
    <Modal title={t('Phím tắt', 'Keyboard shortcuts')} onClose={onClose}>
      <p className="muted">{t('Phím tắt chỉ chạy khi không gõ trong ô nhập và đúng lúc thao tác đó được phép.', 'Shortcuts work when you are not typing in a field, and only when the action is allowed.')}</p>
      <dl className="shortcuts">
        {[...byKeys(ratingScale).entries()].map(([keys, labels]) => (
          <div key={keys}>
            <dt>{keys.split(' ').map((k) => <kbd key={k}>{k}</kbd>)}</dt>
            <dd>{labels.map((l) => t(l)).join(' / ')}</dd>
          </div>
        ))}
        <div><dt><kbd>Esc</kbd></dt><dd>{t('Đóng hộp thoại', 'Close a dialog')}</dd></div>
      </dl>
      <button type="button" className="btn" autoFocus onClick={onClose}>{t('Đóng', 'Close')}</button>
    </Modal>
  );
}
