// The panel's own words for the texts the mock writes (history lines, emails): balance names, tab
// names and button labels come from locales/*.json, their one home, so a mail names "Balance and
// payments → Billing documents" exactly as the interface does; amounts are written in its format.
// Read through vue-i18n with the app's plural rule (the locales arrive precompiled),
// one translator per language, made when first needed. Only the keys the mock uses come along
// (MOCK_LABEL_PATHS in src/i18n/areas.ts): the mock never loads the app's message chunks. Not
// through @/i18n's factory: importing the entry's i18n module from the mock chunk made the
// bundler split src/i18n/formats.ts into one more initial chunk.
import { createI18n } from 'vue-i18n'
import type { Locale } from '@/api/types'
import { formatRubles } from '@/i18n/numbers'
import { russianPluralRule } from '@/i18n/plural'
import en from '../../locales/en.json?area=mockLabels'
import ru from '../../locales/ru.json?area=mockLabels'

const createTranslator = (locale: Locale) =>
  createI18n({ legacy: false, locale, fallbackLocale: 'en', messages: { en, ru }, pluralRules: { ru: russianPluralRule }, missingWarn: false, fallbackWarn: false }).global
type Translator = ReturnType<typeof createTranslator>
const translators: Partial<Record<Locale, Translator>> = {}

const translator = (language: Locale) => (translators[language] ??= createTranslator(language))

/** The interface's text of `key` in `language`, e.g. uiLabel('ru', 'balance.kind.main') → «Основной баланс». */
export function uiLabel(language: Locale, key: string, params: Record<string, unknown> = {}): string {
  const texts = translator(language)
  // A key outside MOCK_LABEL_PATHS would come out as the key itself: tests and dev say so.
  if (import.meta.env.DEV && !texts.te(key)) throw new Error(`uiLabel: "${key}" is not among the mock's labels (MOCK_LABEL_PATHS in src/i18n/areas.ts)`)
  return texts.t(key, params)
}

/** An amount as the interface shows it (src/i18n/numbers.ts): «1 500,00 ₽», "₽1,500.00". */
export function uiRubles(language: Locale, kopecks: number): string {
  return formatRubles(kopecks, language)
}
