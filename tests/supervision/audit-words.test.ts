// The audit log's words, shared by the Nhật ký page and the CSV.
import { describe, expect, it } from 'vitest';
import { actionLabel, detailText } from '@motcua/protocol';

describe('audit log in words', () => {
  it('names known actions in both languages and leaves an unknown code as it is', () => {
    expect(actionLabel('ticket.call')).toEqual({ vi: 'Gọi số', en: 'Call' });
    expect(actionLabel('auth.login')).toEqual({ vi: 'Đăng nhập', en: 'Sign-in' });
    expect(actionLabel('something.new')).toEqual({ vi: 'something.new', en: 'something.new' });
  });

  it('words the fields of a detail and the codes among its values', () => {
    expect(detailText({ number: '4004', from: 'waiting' }, 'vi')).toBe('số: 4004 · từ: đang chờ');
    expect(detailText({ score: 4, scale: 4, enteredBy: 'device' }, 'en')).toBe("score: 4 · scale: 4 · entered by: the citizen's device");
    expect(detailText({ number: '2002', from: null, to: 'pregnant' }, 'vi')).toBe('số: 2002 · từ: không có · thành: Phụ nữ mang thai');
    expect(detailText({ reason: 'meeting', note: 'họp giao ban' }, 'vi')).toBe('lý do: Họp · ghi chú: họp giao ban');
    expect(detailText({ mystery: 'x' }, 'vi')).toBe('mystery: x');
  });
});
