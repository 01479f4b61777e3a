// The Transactions tab's "Export CSV": every transaction of the filtered list, one record each,
// with the headers and the words in the interface language (passed in, so this stays pure).
import type { Transaction } from '@/api/types'
import { csvRubles, csvText, toCsv } from './csv'

export interface TransactionCsvWords {
  headers: { date: string; operation: string; description: string; balance: string; service: string; amount: string; bonus: string; status: string }
  operation: (code: Transaction['operation']) => string
  balance: (code: Transaction['balance']) => string
  status: (code: Transaction['status']) => string
}

const MOSCOW_OFFSET_MS = 3 * 3_600_000

/** The moment in Moscow time, the billing zone the panel shows (UTC+3 all year): "2026-11-30 14:05:00". */
export function moscowDateTime(at: string): string {
  return new Date(Date.parse(at) + MOSCOW_OFFSET_MS).toISOString().slice(0, 19).replace('T', ' ')
}

export function transactionsCsv(items: readonly Transaction[], words: TransactionCsvWords): string {
  const { headers } = words
  return toCsv([
    [headers.date, headers.operation, headers.description, headers.balance, headers.service, headers.amount, headers.bonus, headers.status],
    ...items.map((t) => [
      moscowDateTime(t.at),
      words.operation(t.operation),
      csvText(t.description),
      words.balance(t.balance),
      csvText(t.serviceName),
      csvRubles(t.amountKopecks),
      csvRubles(t.bonusKopecks),
      words.status(t.status),
    ]),
  ])
}
