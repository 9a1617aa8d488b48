// Form pieces of the admin pages: bilingual names, numbers, a confirmation dialog, a form dialog.
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { LocalizedText } from '@motcua/protocol';
import { Modal, NOT_BLANK, useLang, validityMessages } from '../shared/index.ts';
import { useAdmin } from './useAdmin.ts';

interface LocalizedProps { label: LocalizedText; value: LocalizedText; onChange(v: LocalizedText): void; required?: boolean; multiline?: boolean }

export function LocalizedFields({ label, value, onChange, required = true, multiline = false }: LocalizedProps) {
  const { t } = useLang();
  const input = (lang: 'vi' | 'en') => {
    const props = { required, maxLength: 200, value: value[lang], onChange: (e: { target: { value: string } }) => onChange({ ...value, [lang]: e.target.value }) };
    return multiline ? <textarea rows={3} {...props} /> : <input {...props} {...(required ? { pattern: NOT_BLANK } : {})} />;
  };
  return (
    <div className="pair">
      <label className="field"><span>{t(label)} — {t('tiếng Việt', 'Vietnamese')}</span>{input('vi')}</label>
      <label className="field"><span>{t(label)} — {t('tiếng Anh', 'English')}</span>{input('en')}</label>
    </div>
  );
}

export function NumberField({ label, value, onChange, min, max, required = true, name }: { label: string; value: number | null; onChange(v: number | null): void; min?: number; max?: number; required?: boolean; name?: string }) {
  return (
    <label className="field"><span>{label}</span>
      <input type="number" name={name} required={required} min={min} max={max} value={value ?? ''} onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))} /></label>
  );
}

/** A dialog with a form: the change is sent on submit; the dialog closes when the server accepts it. */
export function FormDialog({ title, submit, onClose, children, submitLabel }: { title: string; submit(): Promise<boolean>; onClose(): void; children: ReactNode; submitLabel?: string }) {
  const { t } = useLang();
  const { error, dismiss } = useAdmin();
  const [busy, setBusy] = useState(false);
  useEffect(dismiss, [dismiss]);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const ok = await submit();
    setBusy(false);
    if (ok) onClose();
  };
  return (
    <Modal title={title} onClose={onClose}>
      <form className="stack admin-form" onSubmit={onSubmit} {...validityMessages(t)}>
        {children}
        {error && <p className="error" role="alert">{error}</p>}
        <div className="row">
          <button type="submit" className="btn primary" disabled={busy}>{submitLabel ?? t('Lưu', 'Save')}</button>
          <button type="button" className="btn" onClick={onClose}>{t('Hủy', 'Cancel')}</button>
        </div>
      </form>
    </Modal>
  );
}

/** Asks before a change that cannot be undone from this page (retire, revoke). */
export function ConfirmDialog({ title, message, confirm, onClose }: { title: string; message: string; confirm(): Promise<boolean>; onClose(): void }) {
  const { t } = useLang();
  return (
    <FormDialog title={title} submit={confirm} onClose={onClose} submitLabel={t('Đồng ý', 'Confirm')}>
      <p>{message}</p>
    </FormDialog>
  );
}
