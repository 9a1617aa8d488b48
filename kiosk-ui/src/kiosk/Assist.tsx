// Help for everyone at the kiosk: large text in high contrast (one tap, until the kiosk goes back
// to the start), a call for staff that shows on the supervisor's dashboard with this kiosk's
// name, and "I need more time" while the kiosk counts down to the start.
import { call } from '@motcua/protocol/client';
import { useEffect, useState } from 'react';
import { useLang, type LiveSocket } from '@motcua/ui-kit';
import { Phrases } from './Phrases.tsx';

type HelpState = 'idle' | 'sending' | 'sent' | 'failed';

/**
 * The kiosk's call for staff. While it says "staff are on their way" the call stays open: the server
 * keeps calls in memory, so the kiosk sends it again whenever its socket reconnects (a restart forgot
 * it; the same call is answered when nothing was forgotten), and a supervisor's dismissal ends it.
 */
function useHelpCall(deviceKey: string, socket: LiveSocket | null): { help: HelpState; ask(): void } {
  const [help, setHelp] = useState<HelpState>('idle');
  const ask = () => {
    setHelp('sending');
    call('POST /api/kiosk/help', { token: deviceKey }).then(() => setHelp('sent'), () => setHelp('failed'));
  };
  const open = help === 'sent';
  useEffect(() => {
    if (!socket || !open) return;
    const again = () => {
      call('POST /api/kiosk/help', { token: deviceKey }).catch(() => setHelp('failed'));
    };
    const dismissed = () => setHelp('idle');
    socket.on('connect', again);
    socket.on('help:dismissed', dismissed);
    return () => {
      socket.off('connect', again);
      socket.off('help:dismissed', dismissed);
    };
  }, [socket, open, deviceKey]);
  return { help, ask };
}

export function AssistBar({ deviceKey, socket, large, onLarge }: { deviceKey: string; socket: LiveSocket | null; large: boolean; onLarge(): void }) {
  const { t } = useLang();
  const { help, ask } = useHelpCall(deviceKey, socket);
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
