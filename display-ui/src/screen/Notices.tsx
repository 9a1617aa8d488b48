// What the display shows instead of, or over, the board: a full-screen message (setup, refused
// key, unknown zone, first connection), the small "reconnecting" mark, and the one-tap
// "enable sound" overlay.
import type { LocalizedText } from '@motcua/protocol';
import type { ReactNode } from 'react';
import { TEXT } from '../text.ts';
import { Bilingual } from './Bilingual.tsx';

export function FullMessage({ title, hint, children }: { title: LocalizedText; hint?: LocalizedText; children?: ReactNode }) {
  return (
    <div className="message" role="status">
      <h1 className="message-title"><Bilingual text={title} block /></h1>
      {hint ? <p className="message-hint"><Bilingual text={hint} block /></p> : null}
      {children}
    </div>
  );
}

export function ReconnectingMark() {
  return (
    <div className="reconnecting" role="status" data-testid="reconnecting">
      <span className="reconnecting-dot" aria-hidden="true" />
      <Bilingual text={TEXT.reconnecting} />
    </div>
  );
}

/** Covers the screen with a transparent button so one tap anywhere turns sound on. */
export function SoundOverlay({ onEnable }: { onEnable(): void }) {
  return (
    <button type="button" className="sound-overlay" onClick={onEnable} data-testid="enable-sound">
      <span className="sound-box">
        <span className="sound-title"><SpeakerIcon /><Bilingual text={TEXT.enableSound} /></span>
        <span className="sound-hint"><Bilingual text={TEXT.enableSoundHint} block /></span>
      </span>
    </button>
  );
}

function SpeakerIcon() {
  return (
    <svg className="sound-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M3 9v6h4l5 5V4L7 9H3z" fill="currentColor" />
      <path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
