// Help for everyone at the kiosk: large text in high contrast (one tap, until the kiosk goes back
// to the start), a call for staff that shows on the supervisor's dashboard with this kiosk's
// name, and "I need more time" while the kiosk counts down to the start.
import { ApiError, call } from '@motcua/protocol/client';
import { useEffect, useEffectEvent, useState } from 'react';
import { useLang, type LiveSocket } from '@motcua/ui-kit';
import { Phrases } from './Phrases.tsx';

type HelpState = 'idle' | 'sending' | 'sent' | 'failed';

/** The call for staff as the kiosk shows it: `id` is the open call's while "sent". */
interface Help { state: HelpState; id?: number }

export interface HelpCall { help: HelpState; ask(): void }

/**
 * The kiosk's call for staff. While it says "staff are on their way" the call stays open: the server
 * keeps calls in memory, so the kiosk sends it again (with its id) whenever its socket reconnects: a
 * restart that forgot it raises it anew, a dismissal missed while offline ends it (404), as does
 * help:dismissed. Held by the kiosk, not by one citizen's session: staff still come after it goes
 * back to the start.
 */
export function useHelpCall(deviceKey: string, socket: LiveSocket | null): HelpCall {
  const [help, setHelp] = useState<Help>({ state: 'idle' });
  const send = (again?: number) => call('POST /api/kiosk/help', { token: deviceKey, query: { again } }).then(
    ({ id }) => setHelp({ state: 'sent', id }),
    (e) => setHelp({ state: e instanceof ApiError && e.code === 'help_request_not_found' ? 'idle' : 'failed' }),
  );
  const ask = () => {
    setHelp({ state: 'sending' });
    void send();
  };
  const open = help.state === 'sent' ? help.id : undefined;
  const again = useEffectEvent(() => void send(open));
  useEffect(() => {
    if (!socket || open === undefined) return;
    const reconnected = () => again();
    const dismissed = () => setHelp({ state: 'idle' });
    socket.on('connect', reconnected);
    socket.on('help:dismissed', dismissed);
    return () => {
      socket.off('connect', reconnected);
      socket.off('help:dismissed', dismissed);
    };
  }, [socket, open]);
  return { help: help.state, ask };
}

export function AssistBar({ call: { help, ask }, large, onLarge }: { call: HelpCall; large: boolean; onLarge(): void }) {
  const { t } = useLang();
  return (
    <div className="assist" role="group" aria-label={t('Hỗ trợ', 'Assistance')}>
      <button type="button" className="assist-large" aria-pressed={large} onClick={onLarge}>
        <span aria-hidden="true" className="assist-icon">Aa</span><span><Phrases text={t('Chữ lớn, rõ nét', 'Large, clear text')} /></span>
      </button>
      <button type="button" className="assist-help" data-state={help} onClick={ask} disabled={help === 'sending'}>
        {help === 'sent'
          ? t('Đã báo: nhân viên đang đến', 'Staff are on their way')
          : help === 'failed' ? t('Chưa báo được — bấm lại', 'Not sent — press again') : <span><span className="phrase" lang="vi">Gọi nhân viên /</span> <span className="phrase" lang="en">Call staff</span></span>}
      </button>
    </div>
  );
}

/** Shown with the countdown: one press starts it again from full. */
export function MoreTime({ onMore }: { onMore(): void }) {
  const { t } = useLang();
  return <button type="button" className="more-time" onClick={onMore}>{t('Tôi cần thêm thời gian', 'I need more time')}</button>;
}
