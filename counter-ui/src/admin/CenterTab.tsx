// The center: names, the display's notice line, the kiosk's priority step, business hours, the
// officers' lunch in turns (which the wait forecast counts on), the voice, and the call policy.
import { useState, type FormEvent } from 'react';
import type { CallPolicySettings, CenterSettings } from '@motcua/protocol';
import { useLang, validityMessages } from '../shared/index.ts';
import { TimeField } from '../shared/TimeField.tsx';
import { LocalizedFields, NumberField } from './fields.tsx';
import { useAdmin } from './useAdmin.ts';

const WEEKDAYS = [
  { day: 1, vi: 'Thứ Hai', en: 'Mon' }, { day: 2, vi: 'Thứ Ba', en: 'Tue' }, { day: 3, vi: 'Thứ Tư', en: 'Wed' }, { day: 4, vi: 'Thứ Năm', en: 'Thu' },
  { day: 5, vi: 'Thứ Sáu', en: 'Fri' }, { day: 6, vi: 'Thứ Bảy', en: 'Sat' }, { day: 7, vi: 'Chủ nhật', en: 'Sun' },
];
const DEFAULT_HOURS = { days: [1, 2, 3, 4, 5], opens: '07:00', closes: '17:00' };
const DEFAULT_LUNCH = { from: '11:00', until: '13:30', minutes: 60 };

export function CenterTab() {
  const { t } = useLang();
  const { view, api, change } = useAdmin();
  const [center, setCenter] = useState<CenterSettings>(view.center);
  const [policy, setPolicy] = useState<CallPolicySettings>(view.policy);
  const hours = center.businessHours;
  const setHours = (next: CenterSettings['businessHours']) => {
    const { businessHours: _old, ...rest } = center;
    setCenter(next ? { ...rest, businessHours: next } : rest);
  };

  const lunch = center.lunchTurns ?? undefined;
  const setLunch = (lunchTurns: CenterSettings['lunchTurns']) => setCenter({ ...center, lunchTurns });

  const saveCenter = (e: FormEvent) => {
    e.preventDefault();
    const { notice, ...rest } = center;
    const body = notice && (notice.vi.trim() || notice.en.trim()) ? center : rest;
    void change(() => api('PUT /api/admin/center', { body }), t('Đã lưu thông tin trung tâm.', 'Center settings saved.'));
  };
  const savePolicy = (e: FormEvent) => {
    e.preventDefault();
    void change(() => api('PUT /api/admin/policy', { body: policy }), t('Đã lưu chính sách gọi số.', 'Call policy saved.'));
  };

  return (
    <div className="admin-columns">
      <form className="card stack" onSubmit={saveCenter} {...validityMessages(t)} aria-label={t('Trung tâm', 'Center')}>
        <h2>{t('Trung tâm', 'Center')}</h2>
        <LocalizedFields label={{ vi: 'Tên trung tâm', en: 'Center name' }} value={center.name} onChange={(name) => setCenter({ ...center, name })} />
        <LocalizedFields label={{ vi: 'Dòng thông báo trên màn hình', en: 'Notice line on the display' }} value={center.notice ?? { vi: '', en: '' }}
          onChange={(notice) => setCenter({ ...center, notice })} required={false} multiline />
        <label className="check"><input type="checkbox" checked={center.kioskPriorityStep} onChange={(e) => setCenter({ ...center, kioskPriorityStep: e.target.checked })} />
          {t('Kiosk hỏi đối tượng ưu tiên (người cao tuổi, khuyết tật…)', 'The kiosk asks for a priority group (elderly, disability…)')}</label>
        <label className="check"><input type="checkbox" checked={center.englishAnnouncements} onChange={(e) => setCenter({ ...center, englishAnnouncements: e.target.checked })} />
          {t('Đọc số bằng tiếng Anh sau tiếng Việt', 'Announce in English after Vietnamese')}</label>
        <label className="field"><span>{t('Giọng đọc số', 'Number reading')}</span>
          <select value={center.dialect} onChange={(e) => setCenter({ ...center, dialect: e.target.value as CenterSettings['dialect'] })}>
            <option value="south">{t('Miền Nam (ngàn, lẻ)', 'Southern (ngàn, lẻ)')}</option>
            <option value="north">{t('Miền Bắc (nghìn, linh)', 'Northern (nghìn, linh)')}</option>
          </select></label>
        <label className="field"><span>{t('Thang đánh giá của công dân', 'Citizens\' rating scale')}</span>
          <select name="ratingScale" value={center.ratingScale ?? 4} onChange={(e) => setCenter({ ...center, ratingScale: Number(e.target.value) === 5 ? 5 : 4 })}>
            <option value={4}>{t('4 mức (Rất hài lòng … Không hài lòng)', '4 levels (Very satisfied … Dissatisfied)')}</option>
            <option value={5}>{t('5 mức theo quy định (Rất hài lòng … Rất không hài lòng)', 'The official 5 levels (Very satisfied … Very dissatisfied)')}</option>
          </select></label>
        <label className="check"><input type="checkbox" name="officerRatingsInIndex" checked={center.officerRatingsInIndex ?? false} onChange={(e) => setCenter({ ...center, officerRatingsInIndex: e.target.checked })} />
          {t('Tính cả đánh giá do cán bộ nhập thay vào chỉ số hài lòng', 'Count ratings officers enter on the console in the satisfaction index')}</label>
        <label className="field"><span>{t('Địa chỉ công khai (mã QR trên phiếu, đường dẫn cho điện thoại)', 'Public address (the QR code on tickets, links for phones)')}</span>
          <input type="url" name="publicUrl" placeholder="https://motcua.tiengiang.gov.vn" value={center.publicUrl ?? ''} onChange={(e) => {
            const { publicUrl: _old, ...rest } = center;
            setCenter(e.target.value.trim() ? { ...rest, publicUrl: e.target.value.trim() } : rest);
          }} /></label>
        <fieldset className="hours">
          <legend>{t('Giờ phát số', 'Ticket issuing hours')}</legend>
          <label className="check"><input type="checkbox" name="hours-on" checked={hours !== undefined} onChange={(e) => setHours(e.target.checked ? DEFAULT_HOURS : undefined)} />
            {t('Chỉ phát số trong giờ làm việc (ngoài giờ, kiosk báo giờ mở lại)', 'Issue tickets only during business hours (outside them the kiosk says when it opens)')}</label>
          {hours && (
            <>
              <div className="row">
                <TimeField name="opens" label={t('Mở lúc', 'Opens')} value={hours.opens} onChange={(opens) => setHours({ ...hours, opens })} />
                <TimeField name="closes" label={t('Ngừng phát số lúc', 'Stops issuing at')} value={hours.closes} onChange={(closes) => setHours({ ...hours, closes })} />
              </div>
              <div className="row weekdays">
                {WEEKDAYS.map((w) => (
                  <label key={w.day} className="check"><input type="checkbox" checked={hours.days.includes(w.day)}
                    onChange={(e) => setHours({ ...hours, days: e.target.checked ? [...hours.days, w.day].sort() : hours.days.filter((d) => d !== w.day) })} />{t(w.vi, w.en)}</label>
                ))}
              </div>
            </>
          )}
        </fieldset>
        <fieldset className="hours">
          <legend>{t('Nghỉ trưa luân phiên', 'Lunch in turns')}</legend>
          <label className="check"><input type="checkbox" name="lunch-on" checked={lunch !== undefined} onChange={(e) => setLunch(e.target.checked ? DEFAULT_LUNCH : null)} />
            {t('Cán bộ nghỉ trưa luân phiên: thời gian chờ dự kiến tính cả lượt nghỉ của mỗi quầy', 'Officers lunch in turns: forecast waits count on each counter\'s turn')}</label>
          {lunch && (
            <div className="row">
              <TimeField name="lunch-from" label={t('Từ', 'From')} value={lunch.from} onChange={(from) => setLunch({ ...lunch, from })} />
              <TimeField name="lunch-until" label={t('Đến', 'Until')} value={lunch.until} onChange={(until) => setLunch({ ...lunch, until })} />
              <NumberField name="lunch-minutes" label={t('Mỗi người nghỉ (phút)', 'Each officer (minutes)')} min={5} max={240}
                value={lunch.minutes} onChange={(v) => setLunch({ ...lunch, minutes: v ?? DEFAULT_LUNCH.minutes })} />
            </div>
          )}
        </fieldset>
        <button type="submit" className="btn primary">{t('Lưu thông tin trung tâm', 'Save center settings')}</button>
      </form>
      <form className="card stack" onSubmit={savePolicy} {...validityMessages(t)} aria-label={t('Chính sách gọi số', 'Call policy')}>
        <h2>{t('Chính sách gọi số', 'Call policy')}</h2>
        <NumberField name="maxPriorityPerNormal" label={t('Số lượt ưu tiên liên tiếp tối đa trước một lượt thường', 'Priority calls in a row before a normal one')} min={0} max={20}
          value={policy.maxPriorityPerNormal} onChange={(v) => setPolicy({ ...policy, maxPriorityPerNormal: v ?? 0 })} />
        <NumberField name="agingMinutes" label={t('Chờ quá (phút) thì được ưu tiên', 'Promoted after waiting (minutes)')} min={1} max={1440}
          value={policy.agingMinutes} onChange={(v) => setPolicy({ ...policy, agingMinutes: v ?? 1 })} />
        <NumberField name="recallLimit" label={t('Số lần gọi lại trước khi tính vắng mặt', 'Recalls before a no-show')} min={0} max={20}
          value={policy.recallLimit} onChange={(v) => setPolicy({ ...policy, recallLimit: v ?? 0 })} />
        <p className="muted">{t('Thay đổi có hiệu lực ngay cho lượt gọi tiếp theo.', 'Changes apply from the next call.')}</p>
        <button type="submit" className="btn primary">{t('Lưu chính sách', 'Save policy')}</button>
      </form>
    </div>
  );
}
