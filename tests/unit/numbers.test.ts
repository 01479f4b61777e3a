// The hand-written number formats (src/i18n/numbers.ts) must read exactly as Intl.NumberFormat would
// with the options the panel used to pass to vue-i18n's n(): checked value by value against Intl.
import { describe, expect, it } from 'vitest'
import type { Locale } from '@/api/types'
import { formatInteger, formatPercent, formatRubles } from '@/i18n/numbers'

const LOCALES: Locale[] = ['en', 'ru']
const intl = {
  rubles: (locale: Locale, fractionDigits = 2) =>
    new Intl.NumberFormat(locale, { style: 'currency', currency: 'RUB', currencyDisplay: 'narrowSymbol', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits }),
  integer: (locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }),
  percent: (locale: Locale) => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }),
}
const KOPECKS = [0, 1, 9, 10, 99, 100, 101, 1_050, 99_999, 100_000, 123_450, 999_999, 1_000_000, 4_850_000, 123_456_789, 100_000_000_000]
const signed = (values: number[]) => [...values, ...values.filter((value) => value > 0).map((value) => -value)]

describe('number formats without Intl', () => {
  for (const locale of LOCALES) {
    it(`writes kopecks as rubles exactly as Intl does (${locale})`, () => {
      for (const kopecks of signed(KOPECKS)) expect(formatRubles(kopecks, locale), String(kopecks)).toBe(intl.rubles(locale).format(kopecks / 100))
    })

    it(`rounds to whole rubles exactly as Intl does (${locale})`, () => {
      for (const kopecks of signed([...KOPECKS, 49, 50, 150, 250, 1_049, 1_050])) {
        expect(formatRubles(kopecks, locale, 0), String(kopecks)).toBe(intl.rubles(locale, 0).format(kopecks / 100))
      }
    })

    it(`writes whole numbers exactly as Intl does (${locale})`, () => {
      for (const value of signed([0, 1, 12, 999, 1_000, 1_234, 12_345, 999_999, 1_000_000, 2.4, 2.5, 0.4])) expect(formatInteger(value, locale), String(value)).toBe(intl.integer(locale).format(value))
    })

    it(`writes percentages exactly as Intl does (${locale})`, () => {
      for (const percent of signed([0, 1, 2.5, 5, 10, 12.34, 12.35, 33.3, 100, 1_250])) expect(formatPercent(percent, locale), String(percent)).toBe(intl.percent(locale).format(percent / 100))
    })
  }

  it('reads as the panel always showed money: no-break spaces in Russian', () => {
    expect(formatRubles(123_450, 'en')).toBe('₽1,234.50')
    expect(formatRubles(-1, 'en')).toBe('-₽0.01')
    expect(formatRubles(123_450, 'ru')).toBe('1\u00a0234,50\u00a0₽')
    expect(formatPercent(2.5, 'ru')).toBe('2,5\u00a0%')
  })
})
