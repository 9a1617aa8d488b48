// The phone page of one ticket: /t/<trackCode>.
import { LangProvider } from '@motcua/ui-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TrackPage } from './track/Track.tsx';
import './shared/base.css';
import './track/track.css';

const trackCode = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() ?? '');
/** The kiosk's QR code says `?lang=en` when the ticket was taken in English; otherwise the phone's last choice. */
const asked = new URLSearchParams(window.location.search).get('lang');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider remember="motcua.trackLang" initial={asked === 'en' || asked === 'vi' ? asked : null}>
      <TrackPage trackCode={trackCode} />
    </LangProvider>
  </StrictMode>,
);
