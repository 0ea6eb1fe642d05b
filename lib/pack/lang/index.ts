/** The languages Backstory reads, by code. Adding one: a module beside this file and a line here. */
import { az } from './az';
import { en } from './en';
import { ru } from './ru';
import type { Language } from './types';

export const languages: Record<string, Language> = { en, ru, az };

/**
 * For a name given without a language (a pack's plain aliases): Russian if it is written in Cyrillic,
 * Azerbaijani if it has letters only Azerbaijani uses (ə, ı, ğ…), else English.
 */
export function guessLanguage(text: string): string {
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  return /[əƏıİğĞşŞçÇöÖüÜ]/.test(text) ? 'az' : 'en';
}

/** Every language's romanisation in one table, for the transliteration key. */
export function romanisation(): Record<string, string> {
  return Object.assign({}, ...Object.values(languages).map((l) => l.romanise ?? {}));
}

export type { Form, Language, Role } from './types';
