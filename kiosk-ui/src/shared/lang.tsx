// Vietnamese first, English on request: `t('Tiếng Việt', 'English')` and `pick({ vi, en })`.
import { createContext, useContext, type ReactNode } from 'react';
import type { Lang, LocalizedText } from '@motcua/protocol';

export interface Texts {
  lang: Lang;
  t(vi: string, en: string): string;
  pick(text: LocalizedText): string;
}

export function texts(lang: Lang): Texts {
  return {
    lang,
    t: (vi, en) => (lang === 'en' ? en : vi),
    pick: (text) => (lang === 'en' && text.en ? text.en : text.vi),
  };
}

const LangContext = createContext<Texts>(texts('vi'));

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={texts(lang)}>{children}</LangContext.Provider>;
}

export function useTexts(): Texts {
  return useContext(LangContext);
}

/** The visible language switch, the current language highlighted; `compact` shows VI / EN (phones). */
export function LangSwitch({ lang, onChange, compact = false }: { lang: Lang; onChange(lang: Lang): void; compact?: boolean }) {
  return (
    <div className="lang-switch" role="group" aria-label="Ngôn ngữ / Language">
      <button type="button" lang="vi" aria-label="Tiếng Việt" aria-pressed={lang === 'vi'} onClick={() => onChange('vi')}>{compact ? 'VI' : 'Tiếng Việt'}</button>
      <button type="button" lang="en" aria-label="English" aria-pressed={lang === 'en'} onClick={() => onChange('en')}>{compact ? 'EN' : 'English'}</button>
    </div>
  );
}
