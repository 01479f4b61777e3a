// CSV for spreadsheets: RFC 4180 quoting, CRLF records, the UTF-8 BOM Excel needs for Cyrillic,
// amounts as plain numbers, and text that a spreadsheet would run as a formula kept as text.
import { describe, expect, it } from 'vitest'
import type { Transaction } from '@/api/types'
import { CSV_BOM, csvField, csvRubles, csvText, toCsv } from '@/documents/csv'
import { moscowDateTime, transactionsCsv, type TransactionCsvWords } from '@/documents/transactionsCsv'

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['', ''],
    ['Услуга «Сервер», ноябрь', '"Услуга «Сервер», ноябрь"'],
  ])('writes %j as %j', (value, expected) => {
    expect(csvField(value)).toBe(expected)
  })

  it('writes numbers as they are and null as an empty field', () => {
    expect(csvField(-1500.5)).toBe('-1500.5')
    expect(csvField(null)).toBe('')
  })
})

describe('toCsv', () => {
  it('starts with the BOM and ends every record with CRLF', () => {
    const text = toCsv([
      ['Дата', 'Сумма'],
      ['2026-11-30', '-100.00'],
    ])
    expect(text.startsWith(CSV_BOM)).toBe(true)
    expect(text).toBe('\uFEFFДата,Сумма\r\n2026-11-30,-100.00\r\n')
  })

  it('keeps a line break inside a quoted field, so a record is still one record', () => {
    expect(toCsv([['a\r\nb', 'c']])).toBe('\uFEFF"a\r\nb",c\r\n')
  })

  it('encodes Cyrillic as UTF-8 after the BOM bytes EF BB BF', () => {
    const bytes = new TextEncoder().encode(toCsv([['Пополнение']]))
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('Пополнение\r\n')
  })
})

describe('csvText and csvRubles', () => {
  it.each(['=HYPERLINK("http://evil")', '+7 916', '-rm', '@SUM(A1)', '\tx'])('keeps %j from running as a formula', (value) => {
    expect(csvText(value)).toBe(`'${value}`)
  })

  it('leaves ordinary text alone', () => {
    expect(csvText('Top-up by bank card Visa •• 4242')).toBe('Top-up by bank card Visa •• 4242')
    expect(csvText(null)).toBe('')
  })

  it.each([
    [150_050, '1500.50'],
    [-150_050, '-1500.50'],
    [-5, '-0.05'],
    [0, '0.00'],
    [123_456_789_01, '123456789.01'],
  ])('writes %i kopecks as %s rubles', (kopecks, text) => {
    expect(csvRubles(kopecks)).toBe(text)
  })
})

describe('transactionsCsv', () => {
  const words: TransactionCsvWords = {
    headers: { date: 'Дата и время (МСК)', operation: 'Операция', description: 'Описание', balance: 'Баланс', service: 'Услуга', amount: 'Сумма, руб.', bonus: 'В т. ч. бонусами, руб.', status: 'Статус' },
    operation: (code) => ({ 'top-up': 'Пополнение', charge: 'Списание', transfer: 'Перевод', refund: 'Возврат', bonus: 'Бонус' })[code],
    balance: (code) => (code === 'cloud' ? 'Облачные серверы' : 'Основной баланс'),
    status: (code) => ({ pending: 'Ожидает оплаты', credited: 'Зачислено', declined: 'Отклонено' })[code],
  }
  const charge: Transaction = {
    id: 'tx-1',
    at: '2026-11-30T21:30:00.000Z',
    operation: 'charge',
    balance: 'cloud',
    serviceId: 'svc-1',
    serviceName: 'web-01, "prod"',
    amountKopecks: -1_250_50,
    bonusKopecks: 200_00,
    status: 'credited',
    description: 'Услуга «web-01», 30 ноября 2026 г.',
  }

  it('writes the header row in the given language and one record per transaction', () => {
    const text = transactionsCsv([charge], words)
    const [header, record, end] = text.slice(1).split('\r\n')
    expect(header).toBe('Дата и время (МСК),Операция,Описание,Баланс,Услуга,"Сумма, руб.","В т. ч. бонусами, руб.",Статус')
    expect(record).toBe('2026-12-01 00:30:00,Списание,"Услуга «web-01», 30 ноября 2026 г.",Облачные серверы,"web-01, ""prod""",-1250.50,200.00,Зачислено')
    expect(end).toBe('')
  })

  it('gives the time in Moscow, where the day may already be the next one', () => {
    expect(moscowDateTime('2026-11-30T21:30:00.000Z')).toBe('2026-12-01 00:30:00')
    expect(moscowDateTime('2026-06-01T09:00:00.000Z')).toBe('2026-06-01 12:00:00')
  })

  it('writes only the header for an empty list', () => {
    expect(transactionsCsv([], words).split('\r\n')).toHaveLength(2)
  })
})
