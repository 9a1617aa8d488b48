// The demo center: the four departments of the Tiền Giang center with real services, three
// counters each, the real procedures of demo-procedures.ts, and the demo credentials of CONTRACT.md. Used when no MOTCUA_CONFIG is given.
import { hashPasswordNow, hashSecret } from '../security/crypto.ts';
import type { CenterConfig } from '@motcua/protocol';
import { demoProcedures } from './demo-procedures.ts';

type Svc = [code: string, vi: string, en: string];

const DEPARTMENTS: { code: string; vi: string; en: string; start: number; services: Svc[] }[] = [
  {
    code: 'TP', vi: 'Sở Tư pháp', en: 'Department of Justice', start: 1001,
    services: [
      ['LLTP', 'Lý lịch tư pháp', 'Judicial record'],
      ['CT', 'Chứng thực', 'Certification'],
      ['HT', 'Hộ tịch', 'Civil status'],
      ['QT', 'Quốc tịch', 'Nationality'],
      ['CC', 'Công chứng', 'Notarisation'],
      ['LS', 'Luật sư', 'Lawyers'],
      ['TGPL', 'Trợ giúp pháp lý', 'Legal aid'],
    ],
  },
  {
    code: 'YT', vi: 'Sở Y tế', en: 'Department of Health', start: 2001,
    services: [
      ['KCB', 'Khám bệnh, chữa bệnh', 'Medical practice licences'],
      ['DP', 'Dược phẩm', 'Pharmaceuticals'],
      ['ATTP', 'An toàn thực phẩm', 'Food safety'],
      ['YTDP', 'Y tế dự phòng', 'Preventive medicine'],
      ['TTBYT', 'Trang thiết bị y tế', 'Medical equipment'],
    ],
  },
  {
    code: 'TNMT', vi: 'Sở Tài nguyên và Môi trường', en: 'Department of Natural Resources and Environment', start: 3001,
    services: [
      ['DD', 'Đất đai', 'Land'],
      ['MT', 'Môi trường', 'Environment'],
      ['TNN', 'Tài nguyên nước', 'Water resources'],
      ['KS', 'Khoáng sản', 'Minerals'],
      ['DDBD', 'Đo đạc và bản đồ', 'Surveying and mapping'],
    ],
  },
  {
    code: 'LDTBXH', vi: 'Sở Lao động – Thương binh và Xã hội', en: 'Department of Labour, Invalids and Social Affairs', start: 4001,
    services: [
      ['VL', 'Việc làm', 'Employment'],
      ['NCC', 'Người có công', 'People with merit'],
      ['BTXH', 'Bảo trợ xã hội', 'Social protection'],
      ['GDNN', 'Giáo dục nghề nghiệp', 'Vocational education'],
      ['ATLD', 'An toàn lao động', 'Occupational safety'],
      ['LDNN', 'Lao động nước ngoài', 'Foreign workers (work permits)'],
    ],
  },
];

export const DEMO_KIOSK_KEY = 'demo-kiosk';
export const DEMO_DISPLAY_KEY = 'demo-display';
/** The key of the demo rating tablet of counter `n` (/counter/rate?key=demo-rate-n). */
export function demoRatingKey(n: number): string {
  return `demo-rate-${n}`;
}
export const DEMO_PASSWORDS = { admin: 'admin', supervisor: 'demo', officer: 'demo' } as const;
export const COUNTERS_PER_DEPARTMENT = 3;

export function officerUsername(n: number): string {
  return `officer${String(n).padStart(2, '0')}`;
}

/** Counter k (0-based) of a department leans towards every third service (weight 3), serving all. */
function workProfile(services: Svc[], k: number): Record<string, number> {
  return Object.fromEntries(services.map(([code], i) => [code, i % COUNTERS_PER_DEPARTMENT === k ? 3 : 1]));
}

export function demoConfig(): CenterConfig {
  const officerHash = hashPasswordNow(DEMO_PASSWORDS.officer);
  return {
    center: {
      name: { vi: 'Trung tâm Phục vụ hành chính công tỉnh Tiền Giang', en: 'Tien Giang Public Administration Service Center' },
      timeZone: 'Asia/Ho_Chi_Minh',
      dialect: 'south',
      englishAnnouncements: true,
      kioskPriorityStep: true,
      // The notice's lunch break (11:30–13:30), taken in turns so that each department keeps counters open.
      lunchTurns: { from: '11:00', until: '13:30', minutes: 60 },
      notice: {
        vi: 'Giờ làm việc: 7 giờ – 11 giờ 30 và 13 giờ 30 – 17 giờ, từ thứ Hai đến thứ Sáu. Vui lòng giữ phiếu số đến khi được gọi.',
        en: 'Opening hours: 7:00–11:30 and 13:30–17:00, Monday to Friday. Please keep your ticket until your number is called.',
      },
    },
    policy: { maxPriorityPerNormal: 2, agingMinutes: 45, recallLimit: 3 },
    departments: DEPARTMENTS.map((d) => ({
      code: d.code,
      name: { vi: d.vi, en: d.en },
      block: { start: d.start, end: d.start + 998 },
      services: d.services.map(([code, vi, en]) => ({ code, name: { vi, en }, targetWaitMinutes: 15 })),
    })),
    counters: DEPARTMENTS.flatMap((d, di) => Array.from({ length: COUNTERS_PER_DEPARTMENT }, (_, k) => {
      const number = di * COUNTERS_PER_DEPARTMENT + k + 1;
      return { number, name: `Quầy ${number}`, department: d.code, services: workProfile(d.services, k) };
    })),
    users: [
      { username: 'admin', displayName: 'Quản trị viên', role: 'admin', passwordHash: hashPasswordNow(DEMO_PASSWORDS.admin) },
      { username: 'supervisor', displayName: 'Giám sát viên', role: 'supervisor', passwordHash: hashPasswordNow(DEMO_PASSWORDS.supervisor) },
      ...DEPARTMENTS.flatMap((d, di) => Array.from({ length: COUNTERS_PER_DEPARTMENT }, (_, k) => {
        const n = di * COUNTERS_PER_DEPARTMENT + k + 1;
        return { username: officerUsername(n), displayName: `Cán bộ ${String(n).padStart(2, '0')}`, role: 'officer' as const, department: d.code, passwordHash: officerHash };
      })),
    ],
    devices: [
      { name: 'Kiosk sảnh chính', kind: 'kiosk', keyHash: hashSecret(DEMO_KIOSK_KEY) },
      { name: 'Màn hình sảnh chính', kind: 'display', keyHash: hashSecret(DEMO_DISPLAY_KEY) },
      ...Array.from({ length: DEPARTMENTS.length * COUNTERS_PER_DEPARTMENT }, (_, i) => (
        { name: `Máy tính bảng đánh giá quầy ${i + 1}`, kind: 'display' as const, keyHash: hashSecret(demoRatingKey(i + 1)), counter: i + 1 }
      )),
    ],
    procedures: demoProcedures(),
  };
}
