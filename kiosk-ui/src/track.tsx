// The phone page of one ticket: /t/<trackCode>.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { TrackPage } from './track/Track.tsx';
import './shared/base.css';
import './track/track.css';

const trackCode = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() ?? '');

createRoot(document.getElementById('root')!).render(<StrictMode><TrackPage trackCode={trackCode} /></StrictMode>);
