// vue-i18n in composition mode. Messages come precompiled from locales/*.json (the Vite plugin),
// so the runtime carries no message compiler.
import { createI18n } from 'vue-i18n'
import en from '../../locales/en.json'
import ru from '../../locales/ru.json'
import type { Locale } from '@/api/types'
import { datetimeFormats, numberFormats } from './formats'
import { russianPluralRule } from './plural'

export type MessageSchema = typeof en

export const SUPPORTED_LOCALES: Locale[] = ['ru', 'en']

export function isLocale(value: unknown): value is Locale {
  return value === 'ru' || value === 'en'
}

export function createAppI18n(locale: Locale) {
  return createI18n<[MessageSchema], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages: { en, ru },
    datetimeFormats,
    numberFormats,
    pluralRules: { ru: russianPluralRule },
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>
