// Every error code the API answers with, its HTTP status, and a message in English and Vietnamese.
// The server's refusals usually say more (the ticket's number, the counter); these messages are
// what a screen shows when it has only the code, and the Vietnamese a refusal falls back on.
import Type, { type Static } from 'typebox';

interface ErrorEntry { status: 400 | 401 | 403 | 404 | 409 | 413 | 414 | 415 | 429 | 500 | 503 | 507; en: string; vi: string }

export const ERRORS = {
  // the request itself
  invalid_request: { status: 400, en: 'The request is not valid.', vi: 'Yêu cầu không hợp lệ.' },
  malformed_request: { status: 400, en: 'The request could not be read.', vi: 'Không đọc được yêu cầu.' },
  uri_too_long: { status: 414, en: 'A part of the address is too long.', vi: 'Một phần của địa chỉ quá dài.' },
  body_too_large: { status: 413, en: 'The request is too large.', vi: 'Yêu cầu quá lớn.' },
  unsupported_media_type: { status: 415, en: 'Send JSON (content-type: application/json).', vi: 'Vui lòng gửi dữ liệu JSON.' },
  not_found: { status: 404, en: 'No such endpoint. See /docs for the API.', vi: 'Không có địa chỉ này. Xem /docs để biết API.' },
  internal: { status: 500, en: 'Something went wrong on the server. The action was not done; please try again.', vi: 'Máy chủ gặp sự cố. Thao tác chưa được thực hiện; vui lòng thử lại.' },
  disk_full: { status: 507, en: 'The server\'s disk is full, so nothing could be saved and the action was not done. Free space on the server (old backups and printouts under its data folder) or call the administrator, then try again.', vi: 'Ổ đĩa của máy chủ đã đầy nên không lưu được dữ liệu và thao tác chưa được thực hiện. Hãy giải phóng dung lượng trên máy chủ (bản sao lưu, phiếu in cũ trong thư mục dữ liệu) hoặc báo quản trị viên, rồi thử lại.' },
  rate_limited: { status: 429, en: 'Too many requests. Please wait a moment and try again.', vi: 'Quá nhiều yêu cầu. Vui lòng chờ giây lát rồi thử lại.' },
  // signing in
  unauthenticated: { status: 401, en: 'Sign in first.', vi: 'Vui lòng đăng nhập trước.' },
  bad_token: { status: 401, en: 'Your session has expired or the key was revoked. Sign in again.', vi: 'Phiên làm việc đã hết hạn hoặc khóa thiết bị đã bị thu hồi. Vui lòng đăng nhập lại.' },
  bad_credentials: { status: 401, en: 'Wrong username or password.', vi: 'Sai tên đăng nhập hoặc mật khẩu.' },
  too_many_attempts: { status: 429, en: 'Too many wrong passwords. Wait, then try again.', vi: 'Nhập sai mật khẩu quá nhiều lần. Vui lòng chờ rồi thử lại.' },
  wrong_role: { status: 403, en: 'Your role may not do this.', vi: 'Vai trò của bạn không được phép làm việc này.' },
  // unknown things
  unknown_user: { status: 404, en: 'No such user.', vi: 'Không có người dùng này.' },
  unknown_ticket: { status: 404, en: 'No such ticket.', vi: 'Không tìm thấy phiếu.' },
  unknown_service: { status: 404, en: 'No such service.', vi: 'Không có dịch vụ này.' },
  unknown_counter: { status: 404, en: 'No such counter.', vi: 'Không có quầy này.' },
  unknown_department: { status: 404, en: 'No such department.', vi: 'Không có đơn vị này.' },
  unknown_kiosk: { status: 404, en: 'No such kiosk.', vi: 'Không có máy lấy số này.' },
  unknown_device: { status: 404, en: 'No such device.', vi: 'Không có thiết bị này.' },
  unknown_agent: { status: 404, en: 'No such device agent.', vi: 'Không có máy trạm thiết bị này.' },
  unknown_site: { status: 404, en: 'No such site in the province.', vi: 'Tỉnh không có điểm tiếp nhận này.' },
  no_catalog: { status: 404, en: 'The province publishes no catalog.', vi: 'Tỉnh chưa công bố danh mục thủ tục.' },
  no_settings: { status: 404, en: 'The province publishes no settings yet.', vi: 'Tỉnh chưa công bố cấu hình chung.' },
  invalid_settings: { status: 400, en: 'The province settings are not valid.', vi: 'Cấu hình chung của tỉnh không hợp lệ.' },
  wrong_site: { status: 403, en: 'This site key belongs to another site.', vi: 'Khóa này là của một điểm tiếp nhận khác.' },
  no_live_ticket: { status: 404, en: 'No live ticket has this number today.', vi: 'Hôm nay không có phiếu nào mang số này đang chờ hoặc đang phục vụ.' },
  // issuing
  service_disabled: { status: 409, en: 'This service is not on offer now.', vi: 'Dịch vụ này hiện không tiếp nhận.' },
  service_unserved: { status: 409, en: 'No counter serves this service yet.', vi: 'Chưa có quầy nào phục vụ dịch vụ này.' },
  daily_cap_reached: { status: 409, en: 'Today\'s tickets for this service have all been issued. Please come back on the next working day.', vi: 'Đã hết số của dịch vụ này trong hôm nay. Vui lòng quay lại vào ngày làm việc tiếp theo.' },
  outside_business_hours: { status: 409, en: 'Tickets are issued only during business hours.', vi: 'Chỉ cấp số trong giờ làm việc.' },
  idempotency_key_reused: { status: 409, en: 'This Idempotency-Key was already used for another request: send a new key.', vi: 'Mã yêu cầu này đã được dùng: hãy gửi mã mới.' },
  block_exhausted: { status: 409, en: 'Every number of this department\'s block is in use.', vi: 'Đã dùng hết dải số của đơn vị.' },
  // counters and calls
  officers_only: { status: 403, en: 'Only a signed-in officer can do this.', vi: 'Chỉ cán bộ đã đăng nhập mới làm được việc này.' },
  foreign_counter: { status: 403, en: 'You may open only counters of your own department.', vi: 'Bạn chỉ được mở quầy của đơn vị mình.' },
  not_at_counter: { status: 403, en: 'You are not working at this counter.', vi: 'Bạn không làm việc tại quầy này.' },
  foreign_ticket: { status: 403, en: 'This ticket belongs to another department.', vi: 'Phiếu này thuộc đơn vị khác.' },
  counter_taken: { status: 409, en: 'Another officer works at this counter.', vi: 'Quầy đang do cán bộ khác làm việc.' },
  counter_paused: { status: 409, en: 'The counter is paused. Resume it first.', vi: 'Quầy đang tạm dừng. Hãy tiếp tục làm việc trước.' },
  counter_busy: { status: 409, en: 'The counter still has a ticket in hand.', vi: 'Quầy vẫn đang giữ một phiếu.' },
  not_paused: { status: 409, en: 'The counter is not paused.', vi: 'Quầy không ở trạng thái tạm dừng.' },
  nothing_to_recall: { status: 409, en: 'No called ticket to recall.', vi: 'Không có phiếu đã gọi để gọi lại.' },
  nothing_in_hand: { status: 409, en: 'No ticket in hand.', vi: 'Quầy không giữ phiếu nào.' },
  parked_elsewhere: { status: 409, en: 'The ticket is parked at another counter.', vi: 'Phiếu đang được tạm giữ tại quầy khác.' },
  already_called: { status: 409, en: 'The ticket was already called.', vi: 'Phiếu đã được gọi.' },
  not_held: { status: 409, en: 'The ticket is not at any counter: call it first.', vi: 'Phiếu chưa được gọi đến quầy nào.' },
  not_waiting: { status: 409, en: 'Only a waiting ticket\'s priority can be changed.', vi: 'Chỉ đổi được nhóm ưu tiên của phiếu đang chờ.' },
  illegal_transition: { status: 409, en: 'The ticket cannot do that in its present state.', vi: 'Phiếu ở trạng thái hiện tại không thực hiện được thao tác này.' },
  transfer_target_missing: { status: 400, en: 'Say where to transfer the ticket: a service, a counter, or both.', vi: 'Hãy chọn nơi chuyển phiếu: một dịch vụ, một quầy, hoặc cả hai.' },
  counter_serves_nothing: { status: 409, en: 'That counter serves no service yet.', vi: 'Quầy đó chưa phục vụ dịch vụ nào.' },
  counter_does_not_serve: { status: 409, en: 'That counter does not serve this service.', vi: 'Quầy đó không phục vụ dịch vụ này.' },
  // ratings, devices and printing
  not_finished: { status: 409, en: 'A rating is taken after service.', vi: 'Chỉ đánh giá sau khi phục vụ xong.' },
  score_off_scale: { status: 400, en: 'This score is beyond the rating scale.', vi: 'Điểm này vượt quá thang đánh giá.' },
  already_rated: { status: 409, en: 'This ticket has already been rated. Thank you!', vi: 'Phiếu này đã được đánh giá. Xin cảm ơn!' },
  device_not_bound: { status: 409, en: 'This device is not bound to a counter. Ask an administrator to bind it.', vi: 'Thiết bị này chưa gắn với quầy nào. Đề nghị quản trị viên gắn thiết bị.' },
  not_this_kiosk: { status: 403, en: 'A kiosk prints again only the tickets it issued.', vi: 'Máy lấy số chỉ in lại phiếu do chính nó cấp.' },
  not_reprintable: { status: 409, en: 'Only a ticket still waiting or at a counter is printed again.', vi: 'Chỉ in lại phiếu đang chờ hoặc đang ở quầy.' },
  not_an_agent: { status: 403, en: 'This is not the key of a device agent: ask an administrator for a key of kind "agent".', vi: 'Đây không phải khóa của máy trạm thiết bị: đề nghị quản trị viên cấp khóa loại "agent".' },
  invalid_hello: { status: 400, en: 'device:hello needs { version, hostname, devices }: update the agent to this server\'s version.', vi: 'Máy trạm thiết bị cần được cập nhật theo phiên bản của máy chủ.' },
  no_printer: { status: 409, en: 'No printer prints this ticket. Bind its kiosk to a device agent in the administration.', vi: 'Không có máy in cho phiếu này. Hãy gắn máy lấy số với một máy trạm thiết bị trong phần quản trị.' },
  // reports
  bad_range: { status: 400, en: 'The first day must not be after the last.', vi: 'Ngày bắt đầu không được sau ngày kết thúc.' },
  range_too_long: { status: 400, en: 'The range is too long: choose a shorter one.', vi: 'Khoảng thời gian quá dài: hãy chọn khoảng ngắn hơn.' },
  number_missing: { status: 400, en: 'Type the number to call.', vi: 'Hãy nhập số cần gọi.' },
  invalid_ticket_number: { status: 400, en: 'That is not a ticket number.', vi: 'Đó không phải là số phiếu.' },
  invalid_counter_number: { status: 400, en: 'That is not a counter number.', vi: 'Đó không phải là số quầy.' },
  // administration
  invalid_config: { status: 400, en: 'The configuration is not valid.', vi: 'Cấu hình không hợp lệ.' },
  duplicate_code: { status: 409, en: 'This code is already in use.', vi: 'Mã này đã được dùng.' },
  duplicate_username: { status: 409, en: 'This username is already in use.', vi: 'Tên đăng nhập này đã được dùng.' },
  duplicate_number: { status: 409, en: 'This number is already in use.', vi: 'Số này đã được dùng.' },
  foreign_service: { status: 400, en: 'A counter serves only services of its own department.', vi: 'Quầy chỉ phục vụ các dịch vụ của đơn vị mình.' },
  officer_needs_department: { status: 400, en: 'An officer belongs to a department.', vi: 'Cán bộ phải thuộc một đơn vị.' },
  live_tickets: { status: 409, en: 'Tickets are still live here: wait until they are served.', vi: 'Vẫn còn phiếu đang chờ hoặc đang phục vụ.' },
  last_service: { status: 409, en: 'A department keeps at least one service.', vi: 'Mỗi đơn vị phải có ít nhất một dịch vụ.' },
  last_department: { status: 409, en: 'The center keeps at least one department.', vi: 'Trung tâm phải có ít nhất một đơn vị.' },
  last_admin: { status: 409, en: 'The center keeps at least one administrator.', vi: 'Trung tâm phải có ít nhất một quản trị viên.' },
  retire_self: { status: 409, en: 'You cannot retire your own account.', vi: 'Bạn không thể ngừng tài khoản của chính mình.' },
  department_has_users: { status: 409, en: 'Users still belong to this department.', vi: 'Vẫn còn người dùng thuộc đơn vị này.' },
  user_at_counter: { status: 409, en: 'This user works at a counter now.', vi: 'Người dùng này đang làm việc tại quầy.' },
  counter_in_use: { status: 409, en: 'The counter is open.', vi: 'Quầy đang mở.' },
  counter_has_device: { status: 409, en: 'A device is still bound to this counter.', vi: 'Vẫn còn thiết bị gắn với quầy này.' },
  weak_password: { status: 400, en: 'This password is too easy to guess: choose another.', vi: 'Mật khẩu này quá dễ đoán: hãy chọn mật khẩu khác.' },
  // procedures and results return
  unknown_procedure: { status: 404, en: 'No such procedure. Search again or choose a service.', vi: 'Không tìm thấy thủ tục này. Vui lòng tìm lại hoặc chọn dịch vụ.' },
  bad_dossier_code: { status: 400, en: 'This is not a dossier code. Scan the QR code on your receipt again, or type the code printed under it.', vi: 'Đây không phải mã hồ sơ. Vui lòng quét lại mã QR trên giấy biên nhận, hoặc nhập mã hồ sơ in dưới mã QR.' },
  help_request_not_found: { status: 404, en: 'No open call for staff has this id: someone has dismissed it already.', vi: 'Không có yêu cầu gọi nhân viên nào mang mã này: có thể đã có người xử lý.' },
  dossier_not_found: { status: 404, en: 'No dossier has this code. Check the code on your receipt, or take a ticket to ask at the counter.', vi: 'Không tìm thấy hồ sơ có mã này. Vui lòng kiểm tra mã trên giấy biên nhận, hoặc lấy số để hỏi tại quầy.' },
  result_not_ready: { status: 409, en: 'The result of this dossier is not ready yet.', vi: 'Hồ sơ này chưa có kết quả.' },
  result_already_returned: { status: 409, en: 'The result of this dossier was already returned. Take a ticket to ask at the counter if needed.', vi: 'Kết quả của hồ sơ này đã được trả. Nếu cần, vui lòng lấy số để hỏi tại quầy.' },
  dossier_rejected: { status: 409, en: 'This dossier was not accepted. Take a ticket to ask at the counter.', vi: 'Hồ sơ này không được giải quyết. Vui lòng lấy số để hỏi tại quầy.' },
  dossier_system_unavailable: { status: 503, en: 'We cannot check your dossier now. Please take a ticket to ask at the counter.', vi: 'Hiện không kiểm tra được hồ sơ. Vui lòng lấy số để hỏi tại quầy.' },
  bad_import_file: { status: 400, en: 'The file could not be read as a CSV or XLSX spreadsheet with the columns Mã thủ tục, Tên thủ tục, Lĩnh vực, Cơ quan thực hiện.', vi: 'Không đọc được tệp CSV hoặc XLSX có các cột Mã thủ tục, Tên thủ tục, Lĩnh vực, Cơ quan thực hiện.' },
  already_revoked: { status: 409, en: 'This key was already revoked.', vi: 'Khóa này đã bị thu hồi.' },
  // appointments
  bad_id_number: { status: 400, en: 'This is not a citizen ID number (CCCD): type the 12 digits on your card.', vi: 'Số định danh cá nhân (CCCD) không hợp lệ: hãy nhập đủ 12 chữ số trên thẻ.' },
  bad_phone: { status: 400, en: 'This is not a Vietnamese mobile number.', vi: 'Số điện thoại di động không hợp lệ.' },
  no_such_slot: { status: 400, en: 'This time is not a slot open for booking.', vi: 'Không có khung giờ này để đặt lịch.' },
  slot_passed: { status: 409, en: 'This slot has already begun: choose a later one.', vi: 'Khung giờ này đã bắt đầu: hãy chọn khung giờ sau.' },
  slot_full: { status: 409, en: 'This slot is full: choose another time.', vi: 'Khung giờ này đã kín chỗ: hãy chọn giờ khác.' },
  booking_limit_reached: { status: 409, en: 'This ID number has as many bookings as allowed on that day.', vi: 'Số CCCD này đã đặt đủ số lịch hẹn cho phép trong ngày.' },
  unknown_appointment: { status: 404, en: 'No booking has this code. Check the code, or take a normal ticket.', vi: 'Không tìm thấy lịch hẹn có mã này. Hãy kiểm tra lại mã, hoặc lấy số thường.' },
  not_your_appointment: { status: 403, en: 'This ID number is not the one of this booking.', vi: 'Số CCCD không khớp với lịch hẹn này.' },
  appointment_closed: { status: 409, en: 'This booking was cancelled, used or missed.', vi: 'Lịch hẹn này đã bị hủy, đã sử dụng hoặc đã quá hạn.' },
  too_early: { status: 409, en: 'Check-in for this booking has not opened yet.', vi: 'Chưa đến giờ xác nhận lịch hẹn này.' },
  too_late: { status: 409, en: 'Check-in for this booking has closed: take a normal ticket.', vi: 'Đã quá giờ xác nhận lịch hẹn này: mời lấy số thường.' },
  // the browser's own
  network: { status: 503, en: 'Cannot reach the server.', vi: 'Không kết nối được máy chủ. Vui lòng thử lại sau giây lát.' },
} as const satisfies Record<string, ErrorEntry>;

export type ErrorCode = keyof typeof ERRORS;
export const ERROR_CODES = Object.keys(ERRORS) as ErrorCode[];
/** The codes answered with HTTP status S. */
export type ErrorCodeWithStatus<S extends number> = { [C in ErrorCode]: (typeof ERRORS)[C]['status'] extends S ? C : never }[ErrorCode];

export const ErrorBody = Type.Object({
  error: Type.Object({
    code: Type.Unsafe<ErrorCode>(Type.Enum(ERROR_CODES)),
    message: Type.String(),
    messageVi: Type.Optional(Type.String({ description: 'The message in Vietnamese' })),
    retryAfter: Type.Optional(Type.Integer({ minimum: 1, description: 'For 429: seconds to wait before trying again (also the Retry-After header)' })),
    dueDate: Type.Optional(Type.String({ format: 'date', description: 'For result_not_ready: the appointment date of the result, YYYY-MM-DD' })),
    from: Type.Optional(Type.String({ format: 'date-time', description: 'For too_early: when check-in opens' })),
    serviceId: Type.Optional(Type.Integer({ description: 'For too_late: the service of the booking, for a normal ticket in its place' })),
  }),
}, { description: 'What went wrong and what to do next' });
export type ErrorBody = Static<typeof ErrorBody>;
