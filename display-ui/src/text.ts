// Every word the wall display shows: Vietnamese first, English second (both are on screen at once).
import type { LocalizedText, PauseReason } from '@motcua/protocol';

export const TEXT = {
  counter: { vi: 'Quầy', en: 'Counter' },
  nowCalling: { vi: 'Mời công dân có số', en: 'Now calling' },
  toCounter: { vi: 'đến quầy', en: 'to counter' },
  recentCalls: { vi: 'Số vừa gọi', en: 'Recent calls' },
  noCalls: { vi: 'Chưa gọi số nào', en: 'No number called yet' },
  waiting: { vi: 'Đang chờ', en: 'Waiting' },
  nextUp: { vi: 'Số tiếp theo', en: 'Next up' },
  noneWaiting: { vi: 'Không có ai chờ', en: 'No one waiting' },
  serving: { vi: 'Đang phục vụ số', en: 'Now serving' },
  calling: { vi: 'Mời công dân có số', en: 'Now calling' },
  counterTitle: { vi: 'Quầy số', en: 'Counter' },
  noCounterTitle: { vi: 'Không có quầy số', en: 'No counter number' },
  noCounterHint: {
    vi: 'Sửa tham số ?counter= thành số của một quầy, hoặc bỏ nó để xem cả trung tâm.',
    en: 'Change ?counter= to the number of a counter, or remove it to show the whole center.',
  },
  closed: { vi: 'Đóng', en: 'Closed' },
  idle: { vi: 'Sẵn sàng', en: 'Ready' },
  connecting: { vi: 'Đang kết nối…', en: 'Connecting…' },
  reconnecting: { vi: 'Đang kết nối lại…', en: 'Reconnecting…' },
  enableSound: { vi: 'Bật âm thanh', en: 'Enable sound' },
  enableSoundHint: {
    vi: 'Trình duyệt đang chặn tiếng đọc số. Chạm vào màn hình một lần để bật.',
    en: 'The browser blocks the announcements. Tap the screen once to turn them on.',
  },
  setupTitle: { vi: 'Màn hình chưa được cài đặt', en: 'This display is not set up yet' },
  setupHint: {
    vi: 'Mở địa chỉ /display?key=<mã thiết bị> với mã màn hình do quản trị viên cấp (bản thử: /display?key=demo-display). Màn hình sẽ nhớ mã này.',
    en: 'Open /display?key=<device key> with the display key an administrator issued (demo: /display?key=demo-display). The screen remembers it.',
  },
  refusedTitle: { vi: 'Mã màn hình không được chấp nhận', en: 'The display key was refused' },
  refusedHint: {
    vi: 'Mã có thể sai hoặc đã bị thu hồi. Xin quản trị viên một mã mới rồi mở /display?key=<mã mới>.',
    en: 'The key may be wrong or revoked. Ask an administrator for a new one, then open /display?key=<new key>.',
  },
  unknownZoneTitle: { vi: 'Không có khu vực', en: 'Unknown zone' },
  unknownZoneHint: {
    vi: 'Sửa tham số ?zone= thành một mã sở có thật, hoặc bỏ nó để xem cả trung tâm.',
    en: 'Change ?zone= to one of these department codes, or remove it to show the whole center.',
  },
} satisfies Record<string, LocalizedText>;

export const PAUSED: Record<PauseReason, LocalizedText> = {
  lunch: { vi: 'Nghỉ trưa', en: 'Lunch break' },
  meeting: { vi: 'Đang họp', en: 'In a meeting' },
  other: { vi: 'Tạm nghỉ', en: 'Paused' },
};
