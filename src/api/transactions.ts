import { api } from './client'
import type { TransactionListQuery, TransactionPage } from './types'

/** Only the filters that are set travel: an empty one means "any". */
function queryString(query: TransactionListQuery): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value))
  }
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const transactionsApi = {
  list: (query: TransactionListQuery = {}) => api.get<TransactionPage>(`/transactions${queryString(query)}`),
}
