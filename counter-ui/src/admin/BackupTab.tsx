// The whole configuration as one file (the MOTCUA_CONFIG format): export, and import to replace it;
// and a backup of the whole database (tickets, figures, audit log) to download.
import { useState, type ChangeEvent } from 'react';
import type { CenterConfig } from '@motcua/protocol';
import { useLang, useSession } from '../shared/index.ts';
import { download } from '../supervisor/download.ts';
import { useAdmin } from './useAdmin.ts';

export function BackupTab() {
  const { t } = useLang();
  const { token } = useSession();
  const { api, change } = useAdmin();
  const [failure, setFailure] = useState<string | null>(null);
  const exportFile = () => download('GET /api/admin/config', token).catch((e: unknown) => setFailure(String(e)));
  const backupFile = () => download('GET /api/admin/backup', token).catch((e: unknown) => setFailure(String(e)));
  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    let config: unknown;
    try {
      config = JSON.parse(await file.text());
    } catch {
      setFailure(t(`${file.name} không phải tệp JSON hợp lệ.`, `${file.name} is not a valid JSON file.`));
      return;
    }
    setFailure(null);
    // The server checks the file against the MOTCUA_CONFIG schema and says what is wrong.
    await change(() => api('POST /api/admin/config', { body: config as CenterConfig }), t(`Đã nhập cấu hình từ ${file.name}.`, `Configuration imported from ${file.name}.`));
  };
  return (
    <div className="admin-columns">
      <section className="card stack">
        <h2>{t('Xuất cấu hình', 'Export the configuration')}</h2>
        <p>{t('Một tệp JSON (định dạng MOTCUA_CONFIG) chứa phòng ban, lĩnh vực, quầy, người dùng, khóa thiết bị, giờ làm việc và chính sách gọi số.', 'One JSON file (MOTCUA_CONFIG format) with departments, services, counters, users, device keys, business hours and the call policy.')}</p>
        <p className="notice">{t('Tệp có bản băm của mật khẩu và khóa thiết bị: hãy cất giữ cẩn thận.', 'The file holds password and key hashes: keep it safe.')}</p>
        <button type="button" className="btn primary" onClick={() => void exportFile()}>{t('Tải tệp cấu hình', 'Download the configuration')}</button>
      </section>
      <section className="card stack">
        <h2>{t('Nhập cấu hình', 'Import a configuration')}</h2>
        <p>{t('Thay toàn bộ cấu hình bằng tệp đã chọn. Những gì tệp không có sẽ bị ngừng: người dùng và khóa thiết bị không có trong tệp mất quyền truy cập.', 'Replaces the whole configuration with the chosen file. What the file does not name is retired: users and device keys it does not name lose access.')}</p>
        <label className="btn file-button">{t('Chọn tệp cấu hình…', 'Choose a configuration file…')}
          <input type="file" name="config" accept="application/json,.json" onChange={(e) => void importFile(e)} /></label>
        {failure && <p className="error" role="alert">{failure}</p>}
      </section>
      <section className="card stack">
        <h2>{t('Sao lưu dữ liệu', 'Back up the data')}</h2>
        <p>{t('Một bản sao toàn bộ cơ sở dữ liệu (phiếu, số liệu, nhật ký) lấy ngay lúc này, trong khi trung tâm vẫn hoạt động. Máy chủ cũng tự sao lưu mỗi đêm vào thư mục backups. Khôi phục bằng lệnh npm run restore khi máy chủ đã dừng.', 'A copy of the whole database (tickets, figures, audit log) taken now, while the center keeps working. The server also backs up every night into the backups folder. Restore it with npm run restore while the server is stopped.')}</p>
        <button type="button" className="btn primary" onClick={() => void backupFile()}>{t('Tải bản sao lưu', 'Download a backup')}</button>
      </section>
    </div>
  );
}
