// Tests get every message of both languages at once, synchronously (the app loads them by
// language and group, src/i18n): the locales imported whole, precompiled as in the build.
import en from '../../locales/en.json'
import ru from '../../locales/ru.json'
import type { Locale } from '@/api/types'
import { createI18nWithMessages } from '@/i18n'

export function createTestI18n(locale: Locale = 'en') {
  return createI18nWithMessages(locale, { en, ru })
}
