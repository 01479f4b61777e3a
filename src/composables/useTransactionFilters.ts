// The Transactions tab's filter (period, operation, balance), saved per user. Registered as saved
// UI state, so "Panel settings → User settings → Reset" clears it. The rules of the values are
// the form's and the API's schema (transactionFiltersSchema).
import type { TransactionFilterValues } from '@/validation/schemas'
import { defineSavedUiState } from './savedUiState'

export type TransactionFilters = TransactionFilterValues

export const TRANSACTION_FILTER_DEFAULTS: Readonly<TransactionFilters> = Object.freeze({ from: '', to: '', operation: '', balance: '' })

export const useTransactionFilters = defineSavedUiState<TransactionFilters>({
  key: 'balance.transactions.filters',
  kind: 'filter',
  defaults: () => ({ ...TRANSACTION_FILTER_DEFAULTS }),
})
