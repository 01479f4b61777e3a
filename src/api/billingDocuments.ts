import { api } from './client'
import type { BillingDocument, BillingDocumentList, BillingDocumentListQuery, ReconciliationActRequest } from './types'

/** Only the filters that are set travel: an empty one means "any". */
function queryString(query: BillingDocumentListQuery): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, String(value))
  const text = params.toString()
  return text ? `?${text}` : ''
}

export const billingDocumentsApi = {
  list: (query: BillingDocumentListQuery = {}) => api.get<BillingDocumentList>(`/billing/documents${queryString(query)}`),
  get: (id: string) => api.get<BillingDocument>(`/billing/documents/${encodeURIComponent(id)}`),
  requestReconciliationAct: (period: ReconciliationActRequest) => api.post<BillingDocument>('/billing/documents/reconciliation-acts', period),
}
