// The panel's own words for the texts the mock writes (history lines, emails): balance names, tab
// names and button labels come from locales/*.json, their one home, so a mail names "Balance and
// payments → Billing documents" exactly as the interface does. Read through the app's i18n setup
// (the locales arrive precompiled), one translator per language, made when first needed.
import type { Locale } from '@/api/types'
import { createAppI18n } from '@/i18n'

type Translator = ReturnType<typeof createAppI18n>['global']
const translators: Partial<Record<Locale, Translator>> = {}

/** The interface's text of `key` in `language`, e.g. uiLabel('ru', 'balance.kind.main') → «Основной баланс». */
export function uiLabel(language: Locale, key: string, params: Record<string, unknown> = {}): string {
  const translator = (translators[language] ??= createAppI18n(language).global)
  return translator.t(key, params)
}
