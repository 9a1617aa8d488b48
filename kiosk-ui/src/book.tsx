// The booking pages for phones: /book (choose a procedure or service, a day, a slot; give a phone
// and the ID number) and /book/<code> (the booking: its code and QR code for the kiosk, cancel).
import { LangProvider } from '@motcua/ui-kit';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BookingPage } from './book/Booking.tsx';
import { BookPage } from './book/Book.tsx';
import './shared/base.css';
import './book/book.css';

const parts = window.location.pathname.split('/').filter(Boolean);
const code = parts[0] === 'book' && parts[1] ? decodeURIComponent(parts[1]) : null;
const asked = new URLSearchParams(window.location.search).get('lang');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LangProvider remember="motcua.bookLang" initial={asked === 'en' || asked === 'vi' ? asked : null}>
      {code ? <BookingPage code={code} /> : <BookPage />}
    </LangProvider>
  </StrictMode>,
);
