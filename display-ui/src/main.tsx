// Entry of the wall display (/display?key=<display key>[&zone=<department code>]).
import { deviceKey } from '@motcua/protocol/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './style.css';

const zone = new URLSearchParams(window.location.search).get('zone');

createRoot(document.getElementById('root')!).render(
  <StrictMode><App deviceKey={deviceKey('motcua.displayKey')} zone={zone?.trim() ? zone.trim() : null} /></StrictMode>,
);
