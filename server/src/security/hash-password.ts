// Prints the scrypt hash of a password for a configuration file: `npm run hash-password -w server -- <password>`.
import { hashPasswordNow } from './crypto.ts';

const password = process.argv[2];
if (!password) {
  console.error('usage: npm run hash-password -w server -- <password>');
  process.exit(2);
}
console.log(hashPasswordNow(password));
