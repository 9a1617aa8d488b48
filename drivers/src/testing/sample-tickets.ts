import type { TicketPrintContent } from '@motcua/protocol';

const center = {
  centerName: 'Trung tâm Phục vụ hành chính công tỉnh Tiền Giang',
  peopleAhead: 12,
  etaMinutes: 25,
  issuedAt: '2025-03-14T01:05:00Z',
  timeZone: 'Asia/Ho_Chi_Minh',
  footer: 'Xin cảm ơn quý khách. Vui lòng giữ phiếu đến khi được phục vụ.',
  lang: 'vi',
} as const;

/** A Justice ticket of the demo center, for tests and sample printouts. */
export const justiceTicket: TicketPrintContent = {
  ...center,
  departmentName: 'Sở Tư pháp',
  serviceName: 'Lý lịch tư pháp',
  number: '1023',
  counterNumbers: [1, 2, 3],
  trackUrl: 'http://192.168.1.10:3000/t/K7Q2MX9A',
};

/** A Labour ticket with a priority group. */
export const labourTicket: TicketPrintContent = {
  ...center,
  departmentName: 'Sở Lao động – Thương binh và Xã hội',
  serviceName: 'Người có công',
  priorityLabel: 'Người có công với cách mạng',
  number: '4007',
  counterNumbers: [10, 11, 12],
  trackUrl: 'http://192.168.1.10:3000/t/Z3H8PW2C',
};
