// The on-screen Vietnamese keyboard: a row of digits with the dot and dash of procedure and dossier
// codes, plain letters, the letters ă â ê ô ơ ư đ, and five tone keys that put the tone on the
// right vowel of the last word (each key shows the letter it will make). Every key names itself in
// data-key (space, delete, clear for the wide ones).
import { useLang } from '@motcua/ui-kit';
import { applyTone, TONES, tonePreview } from '../shared/tones.ts';

const DIGIT_ROW = '1234567890.-';
const LETTER_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const VIETNAMESE_LETTERS = ['ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ'];

export function Keyboard({ value, onChange }: { value: string; onChange(value: string): void }) {
  const { t } = useLang();
  const type = (letter: string) => onChange(value + letter);
  const letterKey = (letter: string) => (
    <button type="button" key={letter} className="key" data-key={letter} onClick={() => type(letter)}>{letter}</button>
  );
  return (
    <div className="keyboard" aria-label={t('Bàn phím', 'Keyboard')}>
      <div className="key-row digits">{[...DIGIT_ROW].map(letterKey)}</div>
      {LETTER_ROWS.map((row, i) => (
        <div className="key-row" key={row}>
          {[...row].map(letterKey)}
          {i === 2 && (
            <button type="button" className="key wide" data-key="delete" aria-label={t('Xóa một chữ', 'Delete one letter')} onClick={() => onChange([...value].slice(0, -1).join(''))}>⌫</button>
          )}
        </div>
      ))}
      <div className="key-row">
        {VIETNAMESE_LETTERS.map(letterKey)}
        <button type="button" className="key wide" data-key="space" onClick={() => { if (value && !value.endsWith(' ')) type(' '); }}>{t('Dấu cách', 'Space')}</button>
      </div>
      <div className="key-row">
        {TONES.map((tone) => {
          const preview = tonePreview(value, tone);
          return (
            <button type="button" key={tone} className="key tone" disabled={preview === null} onClick={() => onChange(applyTone(value, tone))}>
              {preview ?? `◌${tone}`}
            </button>
          );
        })}
        <button type="button" className="key wide" data-key="clear" onClick={() => onChange('')}>{t('Xóa hết', 'Clear')}</button>
      </div>
    </div>
  );
}
