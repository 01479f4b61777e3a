import { api } from './client'
import type { BalanceOverview, TransferRequest, TransferResult } from './types'

export const balanceApi = {
  overview: () => api.get<BalanceOverview>('/balance'),
  /** `idempotencyKey`: one per submission, the same on a retry of it (the API then transfers once). */
  transfer: (request: TransferRequest, idempotencyKey: string) =>
    api.post<TransferResult>('/balance/transfers', request, { headers: { 'Idempotency-Key': idempotencyKey } }),
}
