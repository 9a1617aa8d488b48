// What an administrator may not set as a password: blank or whitespace only, one character
// repeated, the username itself, or one of the passwords guessers try first.
import { invalid } from '../domain/errors.ts';

const COMMON = new Set([
  'password', 'password1', 'password123', 'passw0rd', 'p@ssw0rd', 'p@ssword', 'admin123', 'administrator', 'changeme', 'welcome1', 'iloveyou',
  'letmein1', 'qwertyui', 'qwerty123', 'qwertyuiop', 'asdfghjk', 'zxcvbnm1', 'abc12345', 'abcd1234', 'abcdefgh', 'a1234567', '1q2w3e4r', '1qaz2wsx',
  '12345678', '123456789', '1234567890', '0123456789', '87654321', '98765432', '12341234', '11223344', '123123123', '147258369',
  'matkhau', 'matkhau1', 'matkhau123', 'motcua123', 'vietnam1', 'vietnam123', 'demo1234',
]);

/** Why `password` is too easy to guess for `username`, or undefined when it is acceptable. */
export function weakness(password: string, username: string): { en: string; vi: string } | undefined {
  const p = password.normalize('NFC').trim().toLowerCase();
  if (p === '') return { en: 'The password is blank.', vi: 'Mật khẩu đang để trống.' };
  if (/^(.)\1*$/u.test(p)) return { en: 'The password repeats one character.', vi: 'Mật khẩu chỉ lặp lại một ký tự.' };
  if (p.includes(username.toLowerCase())) return { en: 'The password contains the username.', vi: 'Mật khẩu chứa tên đăng nhập.' };
  if (COMMON.has(p)) return { en: 'The password is one that guessers try first.', vi: 'Mật khẩu nằm trong danh sách hay bị dò nhất.' };
  return undefined;
}

/** Refuses a blank or trivial password with 400 weak_password, saying why in both languages. */
export function assertStrongPassword(password: string, username: string): void {
  const why = weakness(password, username);
  if (why) {
    throw invalid('weak_password', `${why.en} Choose a password of at least 8 characters that is not easy to guess.`,
      `${why.vi} Hãy chọn mật khẩu có ít nhất 8 ký tự và khó đoán.`);
  }
}
