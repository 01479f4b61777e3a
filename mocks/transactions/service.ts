// The account's history as the API shows it: filtered by a period of Moscow calendar days, an
// operation and a balance, newest first, one page at a time.
import type { Transaction, TransactionBalance, TransactionOperation } from '@/api/types'
import { moscowDayStart } from '../kernel/billingTime'
import type { DbState, DbTransaction } from '../kernel/schema'

export interface TransactionFilter {
  /** YYYY-MM-DD, already checked (transactionFiltersSchema); '' leaves the end open. */
  from: string
  to: string
  operation: TransactionOperation | ''
  balance: TransactionBalance | ''
  /** A service's id: its charges and refunds only (a service's page); '' for all. */
  service: string
}

export const DEFAULT_LIMIT = 20

const DAY = 86_400_000

export function toWire(transaction: DbTransaction): Transaction {
  const { id, at, operation, balance, serviceId, serviceName, amountKopecks, bonusKopecks, status, description } = transaction
  return { id, at, operation, balance, serviceId, serviceName, amountKopecks, bonusKopecks, status, description }
}

/** The account's transactions that match, newest first (of two at the same moment, the later recorded). */
export function matchingTransactions(db: DbState, accountId: string, filter: TransactionFilter): DbTransaction[] {
  const from = filter.from ? moscowDayStart(filter.from) : -Infinity
  const until = filter.to ? moscowDayStart(filter.to) + DAY : Infinity
  // One pass that keeps only the matching ones (the history of every account is one list), then one sort.
  const matching: { transaction: DbTransaction; index: number; at: number }[] = []
  db.transactions.forEach((t, index) => {
    if (t.accountId !== accountId || (filter.operation && t.operation !== filter.operation) || (filter.balance && t.balance !== filter.balance) || (filter.service && t.serviceId !== filter.service)) return
    const at = Date.parse(t.at)
    if (at >= from && at < until) matching.push({ transaction: t, index, at })
  })
  return matching.sort((a, b) => b.at - a.at || b.index - a.index).map(({ transaction }) => transaction)
}

export function transactionPage(db: DbState, accountId: string, filter: TransactionFilter, limit: number, offset: number) {
  const matching = matchingTransactions(db, accountId, filter)
  return { items: matching.slice(offset, offset + limit).map(toWire), total: matching.length, limit, offset }
}
