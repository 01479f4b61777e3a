import type { AccountType, Residency } from '@/api/types'

/**
 * Whether the account gets closing documents, the monthly UPD and reconciliation acts: resident
 * Business accounts, Sole traders and State institutions. Personal accounts and non-residents get
 * only the invoices of their bank-transfer top-ups.
 */
export function hasClosingDocuments(type: AccountType, residency: Residency): boolean {
  return type !== 'personal' && residency === 'resident'
}
