// The top-up form's draft (amount as typed, method, balance), saved per user as saved UI state, so
// it survives a reload and another browser, and "Panel settings → User settings → Reset" clears it.
// Never the card: its number and CVC stay in the payment form only.
import type { BalanceKind, PaymentMethod } from '@/api/types'
import { defineSavedUiState } from './savedUiState'

export interface TopUpDraft {
  amount: string
  method: PaymentMethod | null
  balance: BalanceKind
}

export const useTopUpDraft = defineSavedUiState<TopUpDraft>({
  key: 'balance.topUp.draft',
  kind: 'draft',
  defaults: () => ({ amount: '', method: null, balance: 'main' }),
})
