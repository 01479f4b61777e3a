import { api } from './client'
import type { AutoTopUp, AutoTopUpSettings, Payment, PaymentConfirmation, PaymentOptions, PaymentRequest } from './types'

export const paymentsApi = {
  options: () => api.get<PaymentOptions>('/payments/options'),
  /** `idempotencyKey`: one per submission, the same on a retry of it (the API then charges once). */
  create: (request: PaymentRequest, idempotencyKey: string) => api.post<Payment>('/payments', request, { headers: { 'Idempotency-Key': idempotencyKey } }),
  get: (id: string) => api.get<Payment>(`/payments/${encodeURIComponent(id)}`),
  /** The 3-D Secure code of a card payment. */
  confirm: (id: string, confirmation: PaymentConfirmation) => api.post<Payment>(`/payments/${encodeURIComponent(id)}/confirm`, confirmation),
  deleteCard: (id: string) => api.delete<null>(`/payment-cards/${encodeURIComponent(id)}`),
  autoTopUp: () => api.get<AutoTopUp>('/payments/auto-top-up'),
  saveAutoTopUp: (settings: AutoTopUpSettings) => api.put<AutoTopUp>('/payments/auto-top-up', settings),
}
