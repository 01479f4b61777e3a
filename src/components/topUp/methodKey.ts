import type { PaymentMethod } from '@/api/types'

/** The locale key of a method (keys are camelCase: `bank-transfer` → `bankTransfer`). */
export function methodKey(method: PaymentMethod): 'card' | 'sbp' | 'bankTransfer' {
  return method === 'bank-transfer' ? 'bankTransfer' : method
}
