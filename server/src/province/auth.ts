// Who calls the hub: a site by its key (`Authorization: Bearer <SITE CODE>.<secret>`), or a province
// supervisor by username and password (`Authorization: Basic`).
import type { FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.ts';
import { DUMMY_PASSWORD_HASH, hashSecret, verifyPassword } from '../security/crypto.ts';
import type { HubStore } from '../store/province/hub.ts';
import { siteOfKey } from '../operations/sync.ts';

/** Checks the request's credentials against the route's roles; answers the site's code for a site key, null for a supervisor. */
export async function authorize(store: HubStore, request: FastifyRequest, roles: readonly string[]): Promise<string | null> {
  const header = request.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)$/i.exec(header)?.[1];
  const basic = /^Basic\s+(\S+)$/i.exec(header)?.[1];
  if (bearer && roles.includes('site')) {
    const code = siteOfKey(bearer);
    const site = code ? await store.site(code) : null;
    if (!site || site.keyHash !== hashSecret(bearer)) throw new DomainError('bad_token', 'This site key is not known to the province hub.', 'Khóa của điểm tiếp nhận này không được hub tỉnh công nhận.');
    return site.code;
  }
  if (basic && roles.includes('province-supervisor')) {
    const [username = '', ...rest] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    const hash = await store.supervisorHash(username);
    const ok = await verifyPassword(rest.join(':'), hash ?? DUMMY_PASSWORD_HASH);
    if (!hash || !ok) throw new DomainError('bad_credentials', 'Wrong username or password.', 'Sai tên đăng nhập hoặc mật khẩu.');
    request.provinceSupervisor = username;
    return null;
  }
  if (!bearer && !basic) {
    const how = roles.includes('site') ? 'Bearer <site key>' : 'Basic <username:password of a province supervisor>';
    throw new DomainError('unauthenticated', `Send Authorization: ${how}.`, 'Vui lòng đăng nhập trước.');
  }
  throw new DomainError('wrong_role', `This needs ${roles.join(' or ')}.`, `Chức năng này cần vai trò ${roles.join(' hoặc ')}.`);
}
