// The audit log in words: each action code (`ticket.call`, `auth.login`…) and the fields of its
// detail as a supervisor reads them, in Vietnamese and English. A code not named here shows as it is.
// The Nhật ký page and the log's CSV (GET /api/audit/export) word it alike.
import { PAUSE_LABELS, PRIORITY_LABELS, type Lang, type LocalizedText } from './shapes/common.ts';

type Words = Record<string, LocalizedText>;

const ACTIONS: Words = {
  'ticket.call': { vi: 'Gọi số', en: 'Call' },
  'ticket.recall': { vi: 'Gọi lại', en: 'Recall' },
  'ticket.serve': { vi: 'Bắt đầu phục vụ', en: 'Start serving' },
  'ticket.finish': { vi: 'Hoàn thành', en: 'Finish' },
  'ticket.no_show': { vi: 'Vắng mặt', en: 'No-show' },
  'ticket.transfer': { vi: 'Chuyển phiếu', en: 'Transfer' },
  'ticket.park': { vi: 'Tạm giữ', en: 'Park' },
  'ticket.resume': { vi: 'Tiếp tục số tạm giữ', en: 'Resume parked' },
  'ticket.expire': { vi: 'Hết hạn cuối ngày', en: 'Expired at day end' },
  'ticket.requeue': { vi: 'Trả về hàng chờ', en: 'Back to the line' },
  'ticket.rate': { vi: 'Đánh giá', en: 'Rating' },
  'ticket.reprint': { vi: 'In lại phiếu', en: 'Ticket reprinted' },
  'ticket.priority': { vi: 'Đổi nhóm ưu tiên', en: 'Priority changed' },
  'counter.open': { vi: 'Mở quầy', en: 'Counter opened' },
  'counter.pause': { vi: 'Tạm dừng quầy', en: 'Counter paused' },
  'counter.resume': { vi: 'Quầy làm việc tiếp', en: 'Counter resumed' },
  'counter.close': { vi: 'Đóng quầy', en: 'Counter closed' },
  'supervisor.close-counter': { vi: 'Giám sát viên đóng quầy', en: 'Counter closed by a supervisor' },
  'auth.login': { vi: 'Đăng nhập', en: 'Sign-in' },
  'auth.login.failed': { vi: 'Đăng nhập sai mật khẩu', en: 'Failed sign-in' },
  'auth.login.locked': { vi: 'Tạm khóa đăng nhập', en: 'Sign-in locked' },
  'admin.center.update': { vi: 'Sửa thông tin trung tâm', en: 'Center settings changed' },
  'admin.policy.update': { vi: 'Sửa quy tắc gọi số', en: 'Call policy changed' },
  'admin.operations.update': { vi: 'Sửa cài đặt vận hành', en: 'Operations changed' },
  'admin.department.create': { vi: 'Thêm phòng ban', en: 'Department added' },
  'admin.department.update': { vi: 'Sửa phòng ban', en: 'Department changed' },
  'admin.department.retire': { vi: 'Ngừng phòng ban', en: 'Department retired' },
  'admin.service.create': { vi: 'Thêm lĩnh vực', en: 'Service added' },
  'admin.service.update': { vi: 'Sửa lĩnh vực', en: 'Service changed' },
  'admin.service.retire': { vi: 'Ngừng lĩnh vực', en: 'Service retired' },
  'admin.counter.create': { vi: 'Thêm quầy', en: 'Counter added' },
  'admin.counter.update': { vi: 'Sửa quầy', en: 'Counter changed' },
  'admin.counter.retire': { vi: 'Ngừng quầy', en: 'Counter retired' },
  'admin.user.create': { vi: 'Thêm người dùng', en: 'User added' },
  'admin.user.update': { vi: 'Sửa người dùng', en: 'User changed' },
  'admin.user.password': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'admin.user.sign-out': { vi: 'Kết thúc phiên của người dùng', en: 'User signed out' },
  'admin.user.retire': { vi: 'Ngừng người dùng', en: 'User retired' },
  'admin.device.create': { vi: 'Thêm thiết bị', en: 'Device added' },
  'admin.device.revoke': { vi: 'Thu hồi khóa thiết bị', en: 'Device key revoked' },
  'admin.device.print-agent': { vi: 'In qua máy trạm thiết bị', en: 'Printed through a device agent' },
  'admin.config.import': { vi: 'Nhập cấu hình', en: 'Configuration imported' },
  'admin.backup.download': { vi: 'Tải bản sao lưu', en: 'Backup downloaded' },
  'province.settings': { vi: 'Cài đặt của tỉnh', en: 'Province settings' },
  'province.settings.apply': { vi: 'Áp dụng cài đặt của tỉnh', en: 'Province settings applied' },
};

const FIELDS: Words = {
  number: { vi: 'số', en: 'number' },
  from: { vi: 'từ', en: 'from' },
  to: { vi: 'thành', en: 'to' },
  score: { vi: 'điểm', en: 'score' },
  scale: { vi: 'thang', en: 'scale' },
  enteredBy: { vi: 'người nhập', en: 'entered by' },
  address: { vi: 'địa chỉ', en: 'address' },
  username: { vi: 'tài khoản', en: 'username' },
  reason: { vi: 'lý do', en: 'reason' },
  note: { vi: 'ghi chú', en: 'note' },
  priority: { vi: 'nhóm ưu tiên', en: 'priority' },
  toBack: { vi: 'xuống cuối hàng', en: 'to the back' },
  ticket: { vi: 'phiếu đang giữ', en: 'ticket in hand' },
  officerId: { vi: 'mã cán bộ', en: 'officer id' },
  serviceId: { vi: 'mã lĩnh vực', en: 'service id' },
  counterId: { vi: 'mã quầy', en: 'counter id' },
  by: { vi: 'khóa theo', en: 'locked by' },
};

/** Values that are codes too: ticket states, priority groups, pause reasons, who entered a rating, yes/no. */
const VALUES: Words = {
  ...PRIORITY_LABELS,
  ...PAUSE_LABELS,
  normal: { vi: 'thông thường', en: 'normal' },
  waiting: { vi: 'đang chờ', en: 'waiting' },
  called: { vi: 'đang gọi', en: 'called' },
  serving: { vi: 'đang phục vụ', en: 'being served' },
  parked: { vi: 'tạm giữ', en: 'parked' },
  device: { vi: 'thiết bị của công dân', en: "the citizen's device" },
  officer: { vi: 'cán bộ nhập thay', en: 'the officer' },
  requeue: { vi: 'trả về hàng chờ', en: 'back to the line' },
  finish: { vi: 'hoàn thành', en: 'finished' },
  null: { vi: 'không có', en: 'none' },
  true: { vi: 'có', en: 'yes' },
  false: { vi: 'không', en: 'no' },
};

/** The action in words; an unknown code as it is. */
export function actionLabel(code: string): LocalizedText {
  return ACTIONS[code] ?? { vi: code, en: code };
}

/** The detail as "số: 4004 · từ: đang chờ" in the language asked for; unknown fields and values as they are. */
export function detailText(detail: Record<string, unknown>, lang: Lang): string {
  return Object.entries(detail).map(([key, value]) => {
    const raw = typeof value === 'string' ? value : JSON.stringify(value);
    return `${FIELDS[key]?.[lang] ?? key}: ${VALUES[raw]?.[lang] ?? raw}`;
  }).join(' · ');
}
