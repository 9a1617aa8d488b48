// Bilingual text: Vietnamese first, English on request. The choice is kept on this PC.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Lang, LocalizedText } from '@motcua/protocol';

const LANG_KEY = 'motcua.counter.lang';

export interface LangValue {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The text in the chosen language: `t({ vi, en })` or `t('Tiếng Việt', 'English')`. */
  t(text: LocalizedText | string, en?: string): string;
}

/** The language chosen on this PC (for text made outside React, such as error messages). */
export function storedLang(): Lang {
  return window.localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';
}

const LangContext = createContext<LangValue | null>(null);

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const setLang = useCallback((next: Lang) => {
    window.localStorage.setItem(LANG_KEY, next);
    document.documentElement.lang = next;
    setLangState(next);
  }, []);
  const t = useCallback((text: LocalizedText | string, en?: string) => {
    const both = typeof text === 'string' ? { vi: text, en: en ?? text } : text;
    return lang === 'en' && both.en ? both.en : both.vi;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang() needs a <LangProvider> above it');
  return value;
}

/** The VI / EN switch. */
export function LangSwitch() {
  const { lang, setLang } = useLang();
  return (
    <div className="lang-switch" role="group" aria-label="Ngôn ngữ / Language">
      {(['vi', 'en'] as const).map((l) => (
        <button key={l} type="button" className={l === lang ? 'active' : ''} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {l.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
