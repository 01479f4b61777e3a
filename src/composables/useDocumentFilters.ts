// The billing documents' filter (year and type; '' is any), saved per user. Registered as saved UI
// state, so "Panel settings → User settings → Reset" clears it.
import type { BillingDocumentType } from '@/api/types'
import { defineSavedUiState } from './savedUiState'

export interface DocumentFilters {
  /** A calendar year ('2026'), or '' for every year. */
  year: string
  type: BillingDocumentType | ''
}

export const BILLING_DOCUMENT_TYPES: BillingDocumentType[] = ['invoice', 'upd', 'reconciliation-act']

export const useDocumentFilters = defineSavedUiState<DocumentFilters>({
  key: 'balance.documents.filters',
  kind: 'filter',
  defaults: () => ({ year: '', type: '' }),
})
