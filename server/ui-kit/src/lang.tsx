// Vietnamese first, English on request: the language chosen on a page (kept on the device where
// the page asks for it), the text helper `t({ vi, en })` or `t('Tiếng Việt', 'English')`, and the
// switch between the two.
import type { Lang, LocalizedText } from '@motcua/protocol';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

export interface LangValue {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The text in the chosen language: `t({ vi, en })` (Vietnamese when it has no English) or `t('Tiếng Việt', 'English')`. */
  t(text: LocalizedText | string, en?: string): string;
}

/** The language kept under `storageKey` on this device, if any (for text made outside React). */
export function rememberedLang(storageKey: string): Lang | null {
  const kept = window.localStorage.getItem(storageKey);
  return kept === 'vi' || kept === 'en' ? kept : null;
}

const LangContext = createContext<LangValue | null>(null);

interface LangProviderProps {
  /** Where the choice is kept on this device; without it every visit starts in Vietnamese. */
  remember?: string;
  /** A language the address asks for (the phone page's `?lang=`), ahead of the kept one. */
  initial?: Lang | null;
  children: ReactNode;
}

export function LangProvider({ remember, initial, children }: LangProviderProps) {
  const [lang, setLangState] = useState<Lang>(() => initial ?? (remember ? rememberedLang(remember) : null) ?? 'vi');
  const setLang = useCallback((next: Lang) => {
    if (remember) window.localStorage.setItem(remember, next);
    setLangState(next);
  }, [remember]);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const t = useCallback((text: LocalizedText | string, en?: string) => {
    if (typeof text === 'string') return lang === 'en' && en !== undefined ? en : text;
    return lang === 'en' && text.en ? text.en : text.vi;
  }, [lang]);
  const value = useMemo(() => ({ lang, setLang, t }), [lang, setLang, t]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export function useLang(): LangValue {
  const value = useContext(LangContext);
  if (!value) throw new Error('useLang() needs a <LangProvider> above it');
  return value;
}

const NAMES: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

/** The switch, the current language pressed; `compact` shows VI / EN (phones, the counter's header). */
export function LangSwitch({ compact = false }: { compact?: boolean }) {
  const { lang, setLang } = useLang();
  return (
    <div className="lang-switch" role="group" aria-label="Ngôn ngữ / Language">
      {(['vi', 'en'] as const).map((l) => (
        // A compact button's name starts with what it shows (VI, EN), so a voice command or a screen reader finds it by that.
        <button key={l} type="button" lang={l} aria-label={compact ? `${l.toUpperCase()} – ${NAMES[l]}` : undefined} aria-pressed={l === lang} onClick={() => setLang(l)}>
          {compact ? l.toUpperCase() : NAMES[l]}
        </button>
      ))}
    </div>
  );
}
