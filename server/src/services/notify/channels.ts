// The ways a message reaches a citizen, each a small sender that resolves once the provider took the
// message and throws (with the provider's reason) when it did not: an SMS gateway over HTTP (the URL
// and body template of the center's settings, as Vietnamese brand-name gateways take), Zalo ZNS,
// and Web Push to the phone page that asked for it (the web-push library encrypts and signs with the
// server's VAPID keys; the request itself goes out by fetch, to an https or a local http endpoint).
import type { NotificationSettings } from '@motcua/protocol';
import { createECDH } from 'node:crypto';
import type { PushSubscription } from 'web-push';
import { fillTemplate, withoutDiacritics } from '../../domain/notifications.ts';

export interface Channel {
  name: 'sms' | 'zalo' | 'push';
  send(phone: string, message: string, ref: string): Promise<void>;
}

/** A provider gets this long to answer. */
const TIMEOUT_MS = 10_000;

async function post(url: string, headers: Record<string, string>, body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await response.text();
  if (!response.ok) throw new Error(`HTTP ${response.status}: ${text.slice(0, 200)}`);
  return text;
}

export function smsChannel(sms: NonNullable<NotificationSettings['sms']>): Channel {
  return {
    name: 'sms',
    async send(phone, message) {
      const body = fillTemplate(sms.body, { phone, message: withoutDiacritics(message) });
      await post(sms.url, { 'content-type': sms.contentType ?? 'application/json', ...sms.headers }, body);
    },
  };
}

/** Zalo ZNS: a template message to the phone (84…), its text in `template_data.message`; `error` 0 is success. */
export function zaloChannel(zalo: NonNullable<NotificationSettings['zalo']>): Channel {
  return {
    name: 'zalo',
    async send(phone, message, ref) {
      const text = await post(zalo.url, { 'content-type': 'application/json', access_token: zalo.accessToken }, JSON.stringify({
        phone: phone.replace(/^0/, '84'), template_id: zalo.templateId, template_data: { message }, tracking_id: ref,
      }));
      const answer = JSON.parse(text) as { error?: number; message?: string };
      if (answer.error !== 0) throw new Error(`Zalo error ${answer.error ?? '?'}: ${answer.message ?? text.slice(0, 200)}`);
    },
  };
}

/** The server's VAPID keys (made at its first start) and who to contact about them. */
export interface Vapid { publicKey: string; privateKey: string; subject: string }

/** The VAPID key pair, made at the first start and kept with the center's data. */
export function vapidKeys(secret: (name: string, make: () => string) => string, publicUrl: string | undefined): Vapid {
  const keys = JSON.parse(secret('vapid', () => JSON.stringify(newVapidKeys()))) as { publicKey: string; privateKey: string };
  return { ...keys, subject: publicUrl?.startsWith('https://') ? publicUrl : 'mailto:admin@motcua.invalid' };
}

/** A VAPID key pair as the web-push library makes it (P-256; the public key uncompressed, 65 bytes; the private 32; base64url), without loading it. */
function newVapidKeys(): { publicKey: string; privateKey: string } {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const padded = (key: Buffer, length: number) => Buffer.concat([Buffer.alloc(Math.max(0, length - key.length)), key]).toString('base64url');
  return { publicKey: padded(ecdh.getPublicKey(), 65), privateKey: padded(ecdh.getPrivateKey(), 32) };
}

/** Web Push: `phone` is the browser's subscription (JSON); the message shows as a notification titled "motcua". */
export function pushChannel(vapid: Vapid): Channel {
  return {
    name: 'push',
    async send(subscription, message) {
      // loaded at the first push (about 10 MB a server that never pushes does not need)
      const { default: webpush } = await import('web-push');
      const request = webpush.generateRequestDetails(JSON.parse(subscription) as PushSubscription, JSON.stringify({ title: 'motcua', body: message }), {
        vapidDetails: vapid, TTL: 900, contentEncoding: 'aes128gcm',
      });
      const headers = Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k, String(v)]));
      await post(request.endpoint, headers, new Uint8Array(request.body ?? Buffer.alloc(0)));
    },
  };
}

/** The channels the center's settings configure. */
export function channelsOf(settings: NotificationSettings | undefined): Channel[] {
  return [settings?.sms && smsChannel(settings.sms), settings?.zalo && zaloChannel(settings.zalo)].filter((c): c is Channel => Boolean(c));
}
