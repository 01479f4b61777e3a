// Numbers and dates as a printed document shows them, in the document's own language (not the
// UI's: a Russian invoice stays Russian when an English-speaking user downloads it).
import type { DocumentLanguage } from './labels'

const NBSP = '\u00a0'
const MINUS = '\u2212'

const SEPARATORS: Record<DocumentLanguage, { group: string; decimal: string }> = {
  ru: { group: NBSP, decimal: ',' },
  en: { group: ',', decimal: '.' },
}

function groupDigits(digits: string, group: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, group)
}

/** "1 234,56" (ru) or "1,234.56" (en): an amount in a table column, whose header names the currency. */
export function formatAmount(kopecks: number, language: DocumentLanguage): string {
  const { group, decimal } = SEPARATORS[language]
  const whole = Math.trunc(Math.abs(kopecks))
  const rubles = groupDigits(String(Math.floor(whole / 100)), group)
  const cents = String(whole % 100).padStart(2, '0')
  return `${kopecks < 0 ? MINUS : ''}${rubles}${decimal}${cents}`
}

/** "1 234,56 ₽" (ru) or "1,234.56 RUB" (en). */
export function formatMoney(kopecks: number, language: DocumentLanguage): string {
  return `${formatAmount(kopecks, language)}${NBSP}${language === 'ru' ? '₽' : 'RUB'}`
}

/** A quantity with up to three decimals: "720", "0,5" (ru), "1,234.5" (en). */
export function formatQuantity(quantity: number, language: DocumentLanguage): string {
  const { group, decimal } = SEPARATORS[language]
  const [whole = '0', fraction] = String(Math.round(Math.abs(quantity) * 1000) / 1000).split('.')
  return `${quantity < 0 ? MINUS : ''}${groupDigits(whole, group)}${fraction ? decimal + fraction : ''}`
}

const MONTHS_RU_GENITIVE = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря']
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

function parts(isoDate: string): { year: string; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate)
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`)
  return { year: match[1]!, month: Number(match[2]), day: Number(match[3]) }
}

/** "15.03.2025" (ru) or "15 Mar 2025" (en): dates in tables and periods. */
export function formatDate(isoDate: string, language: DocumentLanguage): string {
  const { year, month, day } = parts(isoDate)
  if (language === 'ru') return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`
  return `${day} ${MONTHS_EN[month - 1]!.slice(0, 3)} ${year}`
}

/** "15 марта 2025 г." (ru) or "15 March 2025" (en): the date in a document's title. */
export function formatLongDate(isoDate: string, language: DocumentLanguage): string {
  const { year, month, day } = parts(isoDate)
  if (language === 'ru') return `${day} ${MONTHS_RU_GENITIVE[month - 1]} ${year}${NBSP}г.`
  return `${day} ${MONTHS_EN[month - 1]} ${year}`
}
