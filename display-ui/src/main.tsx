// Entry of the wall display (/display?key=<display key>[&zone=<department code>]) and of the
// screen above one counter (/display?key=<display key>&counter=<number>).
import { deviceKey } from '@motcua/protocol/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import './style.css';

const query = new URLSearchParams(window.location.search);
const zone = query.get('zone');
const counter = query.get('counter')?.trim() || null;

createRoot(document.getElementById('root')!).render(
  <StrictMode><App deviceKey={deviceKey('motcua.displayKey')} zone={zone?.trim() ? zone.trim() : null} counter={counter} /></StrictMode>,
);
