// Users: officers (of a department), supervisors and administrators; new passwords; retiring.
import { useState } from 'react';
import type { AdminUserView, Role, UserFields } from '@motcua/protocol';
import { NOT_BLANK, ROLE_LABELS, useLang, useSession } from '../shared/index.ts';
import { ConfirmDialog, FormDialog } from './fields.tsx';
import { useAdmin } from './useAdmin.ts';

type Dialog = { kind: 'edit'; user?: AdminUserView } | { kind: 'password'; user: AdminUserView } | { kind: 'retire'; user: AdminUserView };
const ROLES: Role[] = ['officer', 'supervisor', 'admin'];

export function UsersTab() {
  const { t } = useLang();
  const { user: me } = useSession();
  const { view, api, change } = useAdmin();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const departments = new Map(view.departments.map((d) => [d.id, d]));
  return (
    <div className="stack">
      <div className="row spread">
        <p className="muted">{t('Cán bộ chỉ mở được quầy của phòng ban mình. Đặt lại mật khẩu sẽ đăng xuất người đó khỏi mọi máy.', 'An officer opens only counters of their department. A new password signs the user out everywhere.')}</p>
        <button type="button" className="btn primary" onClick={() => setDialog({ kind: 'edit' })}>{t('+ Thêm người dùng', '+ Add user')}</button>
      </div>
      <table className="admin-table card">
        <thead><tr><th>{t('Tên đăng nhập', 'Username')}</th><th>{t('Họ tên', 'Name')}</th><th>{t('Vai trò', 'Role')}</th><th>{t('Phòng ban', 'Department')}</th><th /></tr></thead>
        <tbody>
          {view.users.map((u) => (
            <tr key={u.id}>
              <td className="code">{u.username}</td>
              <td>{u.displayName}</td>
              <td>{t(ROLE_LABELS[u.role])}</td>
              <td>{u.departmentId === null ? '—' : t(departments.get(u.departmentId)?.name ?? { vi: '?', en: '?' })}</td>
              <td className="actions">
                <button type="button" className="btn small" onClick={() => setDialog({ kind: 'edit', user: u })}>{t('Sửa', 'Edit')}</button>
                <button type="button" className="btn small" onClick={() => setDialog({ kind: 'password', user: u })}>{t('Đặt lại mật khẩu', 'New password')}</button>
                <button type="button" className="btn small danger" disabled={u.id === me.id} onClick={() => setDialog({ kind: 'retire', user: u })}>{t('Ngừng', 'Retire')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {dialog?.kind === 'edit' && <UserDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'password' && <PasswordDialog user={dialog.user} onClose={close} />}
      {dialog?.kind === 'retire' && (
        <ConfirmDialog title={t(`Ngừng tài khoản ${dialog.user.username}?`, `Retire the account ${dialog.user.username}?`)} onClose={close}
          message={t('Người này bị đăng xuất ngay và không đăng nhập được nữa.', 'They are signed out at once and can no longer sign in.')}
          confirm={() => change(() => api('POST /api/admin/users/:id/retire', { params: { id: dialog.user.id } }), t(`Đã ngừng ${dialog.user.username}.`, `${dialog.user.username} retired.`))} />
      )}
    </div>
  );
}

function PasswordField({ value, onChange }: { value: string; onChange(v: string): void }) {
  const { t } = useLang();
  return (
    <label className="field"><span>{t('Mật khẩu (ít nhất 8 ký tự)', 'Password (at least 8 characters)')}</span>
      <input name="password" type="text" autoComplete="new-password" required minLength={8} maxLength={200} value={value} onChange={(e) => onChange(e.target.value)} /></label>
  );
}

function UserDialog({ user, onClose }: { user?: AdminUserView; onClose(): void }) {
  const { t } = useLang();
  const { view, api, change } = useAdmin();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fields, setFields] = useState<UserFields>(user
    ? { displayName: user.displayName ?? user.username, role: user.role, departmentId: user.departmentId }
    : { displayName: '', role: 'officer', departmentId: view.departments[0]!.id });
  const submit = () => change(
    () => (user ? api('PUT /api/admin/users/:id', { params: { id: user.id }, body: fields }) : api('POST /api/admin/users', { body: { username, password, ...fields } })),
    t(`Đã lưu ${user?.username ?? username}.`, `${user?.username ?? username} saved.`),
  );
  return (
    <FormDialog title={user ? t(`Sửa ${user.username}`, `Edit ${user.username}`) : t('Thêm người dùng', 'Add user')} submit={submit} onClose={onClose}>
      {!user && (
        <label className="field"><span>{t('Tên đăng nhập (chữ thường, số, . _ -)', 'Username (lower case, digits, . _ -)')}</span>
          <input name="username" required pattern="[a-z0-9._\-]{2,40}" value={username} onChange={(e) => setUsername(e.target.value.toLowerCase())} /></label>
      )}
      <label className="field"><span>{t('Họ tên', 'Full name')}</span><input name="displayName" required pattern={NOT_BLANK} maxLength={100} value={fields.displayName} onChange={(e) => setFields({ ...fields, displayName: e.target.value })} /></label>
      <div className="pair">
        <label className="field"><span>{t('Vai trò', 'Role')}</span>
          <select name="role" value={fields.role} onChange={(e) => setFields({ ...fields, role: e.target.value as Role })}>
            {ROLES.map((r) => <option key={r} value={r}>{t(ROLE_LABELS[r])}</option>)}
          </select></label>
        <label className="field"><span>{t('Phòng ban', 'Department')}</span>
          <select name="department" value={fields.departmentId ?? ''} onChange={(e) => setFields({ ...fields, departmentId: e.target.value === '' ? null : Number(e.target.value) })}>
            <option value="">{t('(không thuộc phòng ban)', '(none)')}</option>
            {view.departments.map((d) => <option key={d.id} value={d.id}>{t(d.name)}</option>)}
          </select></label>
      </div>
      {!user && <PasswordField value={password} onChange={setPassword} />}
    </FormDialog>
  );
}

function PasswordDialog({ user, onClose }: { user: AdminUserView; onClose(): void }) {
  const { t } = useLang();
  const { api, change } = useAdmin();
  const [password, setPassword] = useState('');
  return (
    <FormDialog title={t(`Mật khẩu mới cho ${user.username}`, `New password for ${user.username}`)} onClose={onClose}
      submit={() => change(() => api('POST /api/admin/users/:id/password', { params: { id: user.id }, body: { password } }), t(`Đã đặt mật khẩu mới cho ${user.username}.`, `New password set for ${user.username}.`))}>
      <PasswordField value={password} onChange={setPassword} />
    </FormDialog>
  );
}
