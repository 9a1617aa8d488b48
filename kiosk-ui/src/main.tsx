// The kiosk page (/kiosk?key=<kiosk key>[&idle=<seconds>][&issueLimit=<seconds>]).
import { deviceKey } from '@motcua/protocol/client';
import { LangProvider } from '@motcua/ui-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Kiosk } from './kiosk/App.tsx';
import { ISSUE_TIME_LIMIT_MS } from './kiosk/issue.ts';
import { SetupScreen } from './kiosk/Notices.tsx';
import './shared/base.css';
import './kiosk/kiosk.css';

const DEFAULT_IDLE_SECONDS = 45;

const key = deviceKey('motcua.kioskKey');
const query = new URLSearchParams(window.location.search);
const idle = Number(query.get('idle'));
const issueLimit = Number(query.get('issueLimit'));
// A touchscreen: no long-press menu.
window.addEventListener('contextmenu', (event) => event.preventDefault());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    {key ? <LangProvider><Kiosk deviceKey={key} options={{ idleSeconds: idle > 0 ? idle : DEFAULT_IDLE_SECONDS, issueLimitMs: issueLimit > 0 ? issueLimit * 1000 : ISSUE_TIME_LIMIT_MS }} /></LangProvider> : <SetupScreen refused={false} />}
  </StrictMode>,
);
