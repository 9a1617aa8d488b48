// "Báo cho tôi khi sắp đến lượt": the phone page asks the browser for Web Push (a service worker and
// a subscription under the server's VAPID key) and hands the subscription to the server, which
// sends one notification when the ticket is near its turn; the citizen may then leave the building.
// Offered only where the browser can (a secure page with PushManager).
import type { PushSubscriptionBody } from '@motcua/protocol';
import { call } from '@motcua/protocol/client';
import { useLang } from '@motcua/ui-kit';
import { useState } from 'react';

const supported = () => typeof window !== 'undefined' && window.isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window;

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function PushButton({ trackCode }: { trackCode: string }) {
  const { t } = useLang();
  const [state, setState] = useState<'idle' | 'asking' | 'on' | 'refused'>('idle');
  if (!supported()) return null;
  const enable = async () => {
    setState('asking');
    try {
      const registration = await navigator.serviceWorker.register('/push-sw.js');
      const { publicKey } = await call('GET /api/push/key');
      const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) });
      await call('POST /api/tickets/track/:trackCode/push', { params: { trackCode }, body: subscription.toJSON() as PushSubscriptionBody });
      setState('on');
    } catch {
      setState('refused');
    }
  };
  if (state === 'on') return <p className="push-on" role="status">{t('Đã bật: điện thoại sẽ báo khi sắp đến lượt bạn.', 'On: your phone will tell you when your turn is near.')}</p>;
  return (
    <div className="push">
      <button type="button" className="push-button" disabled={state === 'asking'} onClick={() => void enable()}>
        {t('Báo cho tôi khi sắp đến lượt', 'Tell me when my turn is near')}
      </button>
      {state === 'refused' && <p className="push-off">{t('Trình duyệt không cho phép thông báo. Vui lòng giữ trang này mở.', 'The browser did not allow notifications. Please keep this page open.')}</p>}
    </div>
  );
}
