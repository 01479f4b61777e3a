import { describe, expect, it } from 'vitest'
import { amountInWords } from '@/documents/amountInWords'
import { formatDate, formatLongDate, formatMoney, formatQuantity } from '@/documents/format'
import { splitVat } from '@/documents/upd'

const NBSP = '\u00a0'

describe('the billing documents’ formats', () => {
  it.each([
    [123_456, 'ru', `1${NBSP}234,56${NBSP}₽`],
    [123_456, 'en', `1,234.56${NBSP}RUB`],
    [100_000_005, 'ru', `1${NBSP}000${NBSP}000,05${NBSP}₽`],
    [-5, 'en', `−0.05${NBSP}RUB`],
  ] as const)('prints %i kopecks in %s as %s', (kopecks, language, text) => {
    expect(formatMoney(kopecks, language)).toBe(text)
  })

  it('prints quantities and dates the way each language writes them', () => {
    expect(formatQuantity(1234.5, 'ru')).toBe(`1${NBSP}234,5`)
    expect(formatQuantity(1234.5, 'en')).toBe('1,234.5')
    expect(formatDate('2025-03-05', 'ru')).toBe('05.03.2025')
    expect(formatLongDate('2025-03-05', 'ru')).toBe(`5 марта 2025${NBSP}г.`)
    expect(formatLongDate('2025-03-05', 'en')).toBe('5 March 2025')
  })

  it.each([
    [0, 'ru', 'Ноль рублей 00 копеек'],
    [101, 'ru', 'Один рубль 01 копейка'],
    [123_456, 'ru', 'Одна тысяча двести тридцать четыре рубля 56 копеек'],
    [1_112_00, 'ru', 'Одна тысяча сто двенадцать рублей 00 копеек'],
    [2_021_000_22, 'ru', 'Два миллиона двадцать одна тысяча рублей 22 копейки'],
    [123_456, 'en', 'One thousand two hundred thirty-four rubles 56 kopecks'],
    [100_01, 'en', 'One hundred rubles 01 kopeck'],
  ] as const)('writes %i kopecks in %s words', (kopecks, language, words) => {
    expect(amountInWords(kopecks, language)).toBe(words)
  })

  it('splits the VAT out of each line so that the lines add up to the document’s VAT', () => {
    const line = (amountKopecks: number) => ({ name: 'x', quantity: 1, unit: 'шт.', priceKopecks: amountKopecks, amountKopecks })
    const vats = splitVat([line(100), line(100), line(100), line(1000)], 217, 20)
    expect(vats.reduce((sum, vat) => sum + vat, 0)).toBe(217)
    expect(vats[3]).toBe(167 + 217 - (17 * 3 + 167))
    expect(splitVat([line(100)], 0, 0)).toEqual([0])
  })
})
