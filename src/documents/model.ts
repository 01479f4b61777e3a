// The content a billing document's PDF is drawn from: the API's BillingDocument, generated from
// the contract (openapi/), re-exported so the layouts have one short import. The reconciliation
// act's balances are in the supplier's books: positive when the customer owes the supplier,
// negative when the customer has paid in advance; closing = opening + Σ debit − Σ credit.
export type { BillingDocument, BillingDocumentEntry, BillingDocumentLine, BillingParty } from '@/api/types'
