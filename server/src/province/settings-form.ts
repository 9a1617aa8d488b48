// The province supervisor's form for the settings published to every site (PUT /api/province/settings):
// the call policy, business hours with holidays, and booking limits. A field left empty is not set by
// the province (each site keeps its own). Part of /province/supervisor (its `auth` and `$`).
import { HHMM_PATTERN } from '@motcua/protocol';

const DAYS = [['1', 'T2 / Mon'], ['2', 'T3 / Tue'], ['3', 'T4 / Wed'], ['4', 'T5 / Thu'], ['5', 'T6 / Fri'], ['6', 'T7 / Sat'], ['7', 'CN / Sun']];
const POLICY = [['maxPriorityPerNormal', 'Số lượt ưu tiên mỗi lượt thường / Priority calls per normal one', 0, 20], ['agingMinutes', 'Chờ quá (phút) thì được ưu tiên / Promoted after (minutes)', 1, 1440], ['recallLimit', 'Số lần gọi lại trước khi vắng mặt / Recalls before a no-show', 0, 20]] as const;
const BOOKING = [
  ['perPersonPerDay', 'Lịch hẹn mỗi người mỗi ngày / Bookings per person a day', 1, 20], ['perPersonPerService', 'Mỗi người mỗi lĩnh vực / Per person and field', 1, 20],
  ['daysAhead', 'Đặt trước tối đa (ngày làm việc) / Days ahead', 0, 60], ['checkInEarlyMinutes', 'Nhận lịch sớm (phút) / Check-in early (minutes)', 0, 240],
  ['checkInLateMinutes', 'Nhận lịch muộn (phút) / Check-in late (minutes)', 0, 240],
] as const;

/** Hours typed HH:MM on the 24-hour clock (a native time input shows "07:30 AM" in an English-language browser). */
const CLOCK_INPUT = `inputmode="numeric" size="5" placeholder="07:00" pattern="${HHMM_PATTERN}" title="Giờ:phút, 24 giờ / HH:MM, 24-hour"`;

const field = ([id, label, min, max]: readonly [string, string, number, number]) => `<label>${label} <input id="${id}" type="number" min="${min}" max="${max}"></label>`;

export const SETTINGS_SECTION = `
<section><h2>Cấu hình chung gửi các điểm / Settings published to the sites</h2>
<p id="settings-version"></p>
<p>Ô để trống: mỗi điểm giữ giá trị của mình. Giá trị mà quản trị của một điểm đã tự đổi từ lần công bố trước được giữ nguyên tại điểm đó; quầy, cán bộ và đơn vị luôn là của điểm.<br>
<small>An empty field is not set by the province: each site keeps its own. A value a site's admin changed there since the previous version stays; counters, officers and departments are always the site's.</small></p>
<form id="settings" class="settings">
<fieldset><legend>Chính sách gọi số / Call policy</legend>${POLICY.map(field).join(' ')}</fieldset>
<fieldset><legend>Giờ tiếp nhận / Business hours</legend>
${DAYS.map(([d, label]) => `<label><input type="checkbox" name="day" value="${d}"> ${label}</label>`).join(' ')}<br>
<label>Mở cửa / Opens <input id="opens" ${CLOCK_INPUT}></label> <label>Đóng cửa / Closes <input id="closes" ${CLOCK_INPUT}></label><br>
<label>Ngày nghỉ (mỗi dòng một ngày YYYY-MM-DD) / Holidays (one a line) <textarea id="holidays" rows="3"></textarea></label></fieldset>
<fieldset><legend>Đặt lịch hẹn / Appointments</legend>${BOOKING.map(field).join(' ')}</fieldset>
<button>Công bố cho tất cả các điểm / Publish to every site</button> <span id="settings-saved" role="status"></span>
</form></section>`;

export const SETTINGS_SCRIPT = `
const POLICY = ${JSON.stringify(POLICY.map(([id]) => id))};
const BOOKING = ${JSON.stringify(BOOKING.map(([id]) => id))};
const num = (id) => { const v = $('#' + id).value.trim(); return v === '' ? undefined : Number(v); };
function some(ids) { const o = {}; for (const id of ids) if (num(id) !== undefined) o[id] = num(id); return Object.keys(o).length ? o : undefined; }
function fillSettings(s) {
  for (const id of POLICY) $('#' + id).value = s.policy?.[id] ?? '';
  for (const id of BOOKING) $('#' + id).value = s.appointments?.[id] ?? '';
  const h = s.businessHours;
  document.querySelectorAll('input[name=day]').forEach((c) => { c.checked = Boolean(h?.days.includes(Number(c.value))); });
  $('#opens').value = h?.opens ?? ''; $('#closes').value = h?.closes ?? ''; $('#holidays').value = (h?.holidays ?? []).join('\\n');
}
function showVersion(p) {
  $('#settings-version').textContent = 'Phiên bản đang công bố / Version published: ' + p.version + ' — ' + new Date(p.publishedAt).toLocaleString('vi-VN') + ' — ' + p.publishedBy;
}
async function loadSettings() {
  const r = await fetch('/api/province/settings', { headers: { authorization: auth } });
  if (r.status === 404) { $('#settings-version').textContent = 'Chưa công bố / Nothing published yet'; return; }
  const p = await r.json();
  if (!r.ok) throw new Error(p.error?.messageVi ?? p.error?.message ?? r.status);
  showVersion(p); fillSettings(p.settings);
}
function collectSettings() {
  const s = {};
  const policy = some(POLICY); if (policy) s.policy = policy;
  const booking = some(BOOKING); if (booking) s.appointments = booking;
  const days = [...document.querySelectorAll('input[name=day]:checked')].map((c) => Number(c.value));
  const holidays = $('#holidays').value.split(/[\\s,;]+/).filter(Boolean);
  if ($('#opens').value || $('#closes').value || days.length) s.businessHours = { days, opens: $('#opens').value, closes: $('#closes').value, ...(holidays.length ? { holidays } : {}) };
  return s;
}
$('#settings').addEventListener('submit', async (e) => {
  e.preventDefault();
  $('#settings-saved').textContent = '';
  const r = await fetch('/api/province/settings', { method: 'PUT', headers: { authorization: auth, 'content-type': 'application/json' }, body: JSON.stringify(collectSettings()) });
  const p = await r.json().catch(() => ({}));
  if (!r.ok) { $('#error').textContent = (p.error?.messageVi ?? 'Không công bố được / Not published') + (p.error?.message ? ' — ' + p.error.message : ''); return; }
  $('#error').textContent = '';
  showVersion(p);
  $('#settings-saved').textContent = 'Đã công bố phiên bản ' + p.version + ': các điểm nhận ở lần đồng bộ tới / Published: the sites take it on their next sync';
});
`;
