// Transactions: the page of the account's history the tab shows (filtered and paged by the API),
// and every matching one for "Export CSV". Only the newest request may fill the page: filters and
// page buttons change faster than answers arrive.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { transactionsApi } from '@/api/transactions'
import type { Transaction, TransactionListQuery, TransactionPage } from '@/api/types'
import type { TransactionFilterValues } from '@/validation/schemas'
import { joinEarly, startEarly } from './earlyRequests'

export const TRANSACTIONS_PAGE_SIZE = 20
/** The API's largest page: the export asks for as few pages as it can. */
const EXPORT_PAGE_SIZE = 100

function queryOf(filters: TransactionFilterValues): TransactionListQuery {
  return {
    from: filters.from || undefined,
    to: filters.to || undefined,
    operation: filters.operation || undefined,
    balance: filters.balance || undefined,
  }
}

const pageKey = (query: TransactionListQuery) => `transactions.list ${JSON.stringify([query.from, query.to, query.operation, query.balance, query.limit, query.offset])}`

/** From the router: the first page for `filters` starts loading with the tab's code; load joins it. */
export function prefetchTransactions(filters: TransactionFilterValues): void {
  const query = { ...queryOf(filters), limit: TRANSACTIONS_PAGE_SIZE, offset: 0 }
  startEarly(pageKey(query), () => transactionsApi.list(query))
}

export const useTransactionsStore = defineStore('transactions', () => {
  const page = ref<TransactionPage | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  let call = 0

  async function load(filters: TransactionFilterValues, offset = 0) {
    const current = ++call
    loading.value = true
    error.value = null
    try {
      const query = { ...queryOf(filters), limit: TRANSACTIONS_PAGE_SIZE, offset }
      const result = await joinEarly(pageKey(query), () => transactionsApi.list(query))
      if (current !== call) return
      // A page past the end (the history got shorter, or an old link): show the last one instead.
      if (result.items.length === 0 && result.total > 0 && offset > 0) {
        return await load(filters, Math.floor((result.total - 1) / TRANSACTIONS_PAGE_SIZE) * TRANSACTIONS_PAGE_SIZE)
      }
      page.value = result
    } catch (failure) {
      if (current === call) error.value = failure
    } finally {
      if (current === call) loading.value = false
    }
  }

  /**
   * Every transaction that matches, page by page (newest first). One recorded between two pages
   * shifts the next page by one: a line already taken is not taken twice.
   */
  async function loadAll(filters: TransactionFilterValues): Promise<Transaction[]> {
    const items = new Map<string, Transaction>()
    for (let offset = 0; ; offset += EXPORT_PAGE_SIZE) {
      const result = await transactionsApi.list({ ...queryOf(filters), limit: EXPORT_PAGE_SIZE, offset })
      for (const item of result.items) if (!items.has(item.id)) items.set(item.id, item)
      if (result.items.length === 0 || offset + EXPORT_PAGE_SIZE >= result.total) return [...items.values()]
    }
  }

  /** Forgets the page shown (the tab opens afresh: the last one may be another user's). */
  function clear() {
    call++
    page.value = null
    loading.value = false
    error.value = null
  }

  return { page, loading, error, load, loadAll, clear }
})
