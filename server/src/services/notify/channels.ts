// The ways a message reaches a citizen, each a small sender that resolves once the provider took the
// message and throws (with the provider's reason) when it did not: an SMS gateway over HTTP (the URL
// and body template of the center's settings, as Vietnamese brand-name gateways take), Zalo ZNS.
import type { NotificationSettings } from '@motcua/protocol';
import { fillTemplate, withoutDiacritics } from '../../domain/notifications.ts';

export interface Channel {
  name: 'sms' | 'zalo';
  send(phone: string, message: string, ref: string): Promise<void>;
}

/** A provider gets this long to answer. */
const TIMEOUT_MS = 10_000;

async function post(url: string, headers: Record<string, string>, body: string): Promise<string> {
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

/** The channels the center's settings configure. */
export function channelsOf(settings: NotificationSettings | undefined): Channel[] {
  return [settings?.sms && smsChannel(settings.sms), settings?.zalo && zaloChannel(settings.zalo)].filter((c): c is Channel => Boolean(c));
}
