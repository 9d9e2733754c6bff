import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];
const STORAGE_KEY = 'registry.lang';

interface LanguageState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

export const isLang = (value: unknown): value is Lang => value === 'en' || value === 'zh';

/** The URL's `lang` first (a pasted permalink), then the reader's last choice, then the browser's language. */
function initialLang(search: string): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (isLang(fromUrl)) return fromUrl;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLang(stored)) return stored;
  } catch {
    // Storage may be disabled: the browser's language decides.
  }
  const browser = navigator.languages?.[0] ?? navigator.language ?? 'en';
  return browser.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * Holds the interface language and keeps it in every URL (`?lang=`), so a permalink opens in the
 * language it was copied in; a choice is remembered for the next visit.
 */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const location = useLocation();
  const [lang, setLangState] = useState<Lang>(() => initialLang(location.search));

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered; still applied.
    }
  }, []);

  // A link without `lang` (or an old one) gets the current language written into the address, in
  // place: not a router navigation, so it can never overwrite one a page has under way (a search
  // typed at once); the router's own next navigation drops it, and this puts it back.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs again after every navigation of the router.
  useEffect(() => {
    const url = new URL(window.location.href);
    if (url.searchParams.get('lang') === lang) return;
    url.searchParams.set('lang', lang);
    window.history.replaceState(window.history.state, '', url);
  }, [lang, location]);

  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage needs a LanguageProvider');
  return state;
}
