// Password hashing (scrypt), session tokens and device keys. Secrets are stored only as hashes.
// Sign-in and password changes hash on libuv's thread pool (async scrypt, ~45 ms a try), so a
// crowd of guessers never stalls the event loop; only start-up (demo accounts) hashes in line.
import { createHash, createHmac, randomBytes, scrypt, scryptSync, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 32;

const scryptAsync = (password: string, salt: Buffer, keylen: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scrypt(password, salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))));

const encode = (salt: Buffer, hash: Buffer) => `scrypt$${N}$${R}$${P}$${salt.toString('base64url')}$${hash.toString('base64url')}`;

/** A password hash, computed off the event loop. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  return encode(salt, await scryptAsync(password.normalize('NFC'), salt, KEYLEN, { N, r: R, p: P }));
}

/** A password hash computed in line: for start-up (the demo accounts) and the command line only. */
export function hashPasswordNow(password: string): string {
  const salt = randomBytes(16);
  return encode(salt, scryptSync(password.normalize('NFC'), salt, KEYLEN, { N, r: R, p: P }));
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scryptAsync(password.normalize('NFC'), Buffer.from(salt, 'base64url'), expected.length, {
    N: Number(n), r: Number(r), p: Number(p), maxmem: 256 * Number(n) * Number(r),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a password nobody has, to spend the same time on unknown usernames. */
export const DUMMY_PASSWORD_HASH = hashPasswordNow(randomBytes(16).toString('hex'));

/** sha256 hex: how session tokens and device keys are stored and looked up. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** A short code for the phone tracking page: unguessable, easy to type, no look-alike letters. */
export function newTrackCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(10);
  let code = '';
  for (const b of bytes) code += alphabet[b % alphabet.length];
  return code;
}

/** A booking code: 8 upper-case letters and digits without look-alikes (no I, O, 0, 1), typed at the kiosk or read from its QR code. */
export function newBookingCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let code = '';
  for (const b of randomBytes(8)) code += alphabet[b % alphabet.length];
  return code;
}

/** A keyed hash (HMAC-SHA256, hex) of a value kept only so: the citizen ID number of a booking. */
export function keyedHash(secret: string, value: string): string {
  return createHmac('sha256', secret).update(value).digest('hex');
}
