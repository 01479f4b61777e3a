// The ticket list's filter (status and subject search), saved per user. Registered as saved UI
// state, so "Panel settings → User settings → Reset" clears it.
import type { TicketStatus } from '@/api/types'
import { defineSavedUiState } from './savedUiState'

export interface TicketFilters {
  status: TicketStatus | 'all'
  search: string
}

export const TICKET_FILTER_STATUSES: TicketFilters['status'][] = ['all', 'open', 'answered', 'closed']

export const useTicketFilters = defineSavedUiState<TicketFilters>({
  key: 'tickets.filters',
  kind: 'filter',
  defaults: () => ({ status: 'all', search: '' }),
})
