// The total in words, as Russian invoices print it under the lines ("Одна тысяча двести рублей
// 00 копеек"), and its English counterpart for non-residents' documents.
import type { DocumentLanguage } from './labels'

type Forms = [one: string, few: string, many: string]

function russianPlural(n: number, [one, few, many]: Forms): string {
  const tens = n % 100
  const units = n % 10
  if (units === 1 && tens !== 11) return one
  if (units >= 2 && units <= 4 && (tens < 12 || tens > 14)) return few
  return many
}

const RU_UNITS = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять']
const RU_UNITS_FEMININE = ['', 'одна', 'две', ...RU_UNITS.slice(3)]
const RU_TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать']
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто']
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот']
/** Thousands are feminine (одна тысяча), the rest masculine (один рубль, один миллион). */
const RU_SCALES: { forms: Forms; feminine: boolean }[] = [
  { forms: ['', '', ''], feminine: false },
  { forms: ['тысяча', 'тысячи', 'тысяч'], feminine: true },
  { forms: ['миллион', 'миллиона', 'миллионов'], feminine: false },
  { forms: ['миллиард', 'миллиарда', 'миллиардов'], feminine: false },
]

function russianTriad(n: number, feminine: boolean): string[] {
  const words = [RU_HUNDREDS[Math.floor(n / 100)]!]
  const rest = n % 100
  if (rest >= 10 && rest < 20) words.push(RU_TEENS[rest - 10]!)
  else words.push(RU_TENS[Math.floor(rest / 10)]!, (feminine ? RU_UNITS_FEMININE : RU_UNITS)[rest % 10]!)
  return words.filter(Boolean)
}

function russianNumber(n: number): string {
  if (n === 0) return 'ноль'
  const words: string[] = []
  for (let scale = RU_SCALES.length - 1; scale >= 0; scale--) {
    const triad = Math.floor(n / 1000 ** scale) % 1000
    if (triad === 0) continue
    const { forms, feminine } = RU_SCALES[scale]!
    words.push(...russianTriad(triad, feminine))
    if (scale > 0) words.push(russianPlural(triad, forms))
  }
  return words.join(' ')
}

const EN_SMALL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen']
const EN_TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety']
const EN_SCALES = ['', 'thousand', 'million', 'billion']

function englishTriad(n: number): string {
  const hundreds = Math.floor(n / 100)
  const rest = n % 100
  const words = hundreds ? [`${EN_SMALL[hundreds]} hundred`] : []
  if (rest >= 20) words.push(EN_TENS[Math.floor(rest / 10)]! + (rest % 10 ? `-${EN_SMALL[rest % 10]}` : ''))
  else if (rest) words.push(EN_SMALL[rest]!)
  return words.join(' ')
}

function englishNumber(n: number): string {
  if (n === 0) return 'zero'
  const words: string[] = []
  for (let scale = EN_SCALES.length - 1; scale >= 0; scale--) {
    const triad = Math.floor(n / 1000 ** scale) % 1000
    if (triad) words.push([englishTriad(triad), EN_SCALES[scale]].filter(Boolean).join(' '))
  }
  return words.join(' ')
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** "Одна тысяча двести тридцать четыре рубля 56 копеек" / "One thousand two hundred thirty-four rubles 56 kopecks". */
export function amountInWords(kopecks: number, language: DocumentLanguage): string {
  const whole = Math.abs(Math.trunc(kopecks))
  const rubles = Math.floor(whole / 100)
  const cents = whole % 100
  const centsText = String(cents).padStart(2, '0')
  if (language === 'ru') {
    const rubleWord = russianPlural(rubles % 1000, ['рубль', 'рубля', 'рублей'])
    return capitalize(`${russianNumber(rubles)} ${rubleWord} ${centsText} ${russianPlural(cents, ['копейка', 'копейки', 'копеек'])}`)
  }
  return capitalize(`${englishNumber(rubles)} ${rubles === 1 ? 'ruble' : 'rubles'} ${centsText} ${cents === 1 ? 'kopeck' : 'kopecks'}`)
}
