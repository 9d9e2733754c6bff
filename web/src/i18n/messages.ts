import { useCallback } from 'react';
import { type Lang, useLanguage } from './language.tsx';

/** A page's interface texts: every English key has its Chinese text (the type checks it). */
export type Messages<K extends string> = Record<Lang, Record<K, string>>;

export function defineMessages<K extends string>(messages: Messages<K>): Messages<K> {
  return messages;
}

/** `{name}` in a text is replaced by `vars.name`. */
export function format(text: string, vars?: Record<string, string | number>): string {
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/** The text function of a page's messages in the current language. */
export function useMessages<K extends string>(
  messages: Messages<K>,
): (key: K, vars?: Record<string, string | number>) => string {
  const { lang } = useLanguage();
  return useCallback((key, vars) => format(messages[lang][key], vars), [lang, messages]);
}

/** Picks the text of a bilingual value from the API (`{ en, zh }`), falling back to the other language. */
export function localized(text: { en?: string | null; zh?: string | null } | null | undefined, lang: Lang): string {
  if (!text) return '';
  return (lang === 'zh' ? (text.zh ?? text.en) : (text.en ?? text.zh)) ?? '';
}
