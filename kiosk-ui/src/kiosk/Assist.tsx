// Help for everyone at the kiosk: large text in high contrast (one tap, until the kiosk goes back
// to the start), a call for staff that shows on the supervisor's dashboard with this kiosk's
// name, and "I need more time" while the kiosk counts down to the start.
import { call } from '@motcua/protocol/client';
import { useState } from 'react';
import { useLang } from '@motcua/ui-kit';
import { Phrases } from './Phrases.tsx';

type HelpState = 'idle' | 'sending' | 'sent' | 'failed';

export function AssistBar({ deviceKey, large, onLarge }: { deviceKey: string; large: boolean; onLarge(): void }) {
  const { t } = useLang();
  const [help, setHelp] = useState<HelpState>('idle');
  const ask = () => {
    setHelp('sending');
    call('POST /api/kiosk/help', { token: deviceKey }).then(() => setHelp('sent'), () => setHelp('failed'));
  };
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
