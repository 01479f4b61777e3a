// The panel's own words for the texts the mock writes (history lines, emails): balance names, tab
// names and button labels come from locales/*.json, their one home, so a mail names "Balance and
// payments → Billing documents" exactly as the interface does; amounts are written in its format.
// Read through the app's i18n setup (the locales arrive precompiled), one translator per language,
// made when first needed.
import type { Locale } from '@/api/types'
import { createAppI18n } from '@/i18n'

type Translator = ReturnType<typeof createAppI18n>['global']
const translators: Partial<Record<Locale, Translator>> = {}

const translator = (language: Locale) => (translators[language] ??= createAppI18n(language).global)

/** The interface's text of `key` in `language`, e.g. uiLabel('ru', 'balance.kind.main') → «Основной баланс». */
export function uiLabel(language: Locale, key: string, params: Record<string, unknown> = {}): string {
  return translator(language).t(key, params)
}

/** An amount as the interface shows it (its `rubles` number format): «1 500,00 ₽», "₽1,500.00". */
export function uiRubles(language: Locale, kopecks: number): string {
  return translator(language).n(kopecks / 100, 'rubles')
}
