// The order forms' periods and cloud limits, without yup: the mock's catalogue repeats them on every
// load (mocks/services/catalogue.ts), and the schemas (schemas/serviceOrder.ts) check them.
import type { BillingPeriodMonths } from '@/api/types'

export const BILLING_PERIODS = [1, 3, 6, 12] as const satisfies readonly BillingPeriodMonths[]

export const CLOUD_LIMITS = {
  vcpu: { min: 1, max: 32 },
  ramGb: { min: 1, max: 256 },
  /** RAM may not exceed this many GB per vCPU. */
  ramGbPerVcpuMax: 8,
  diskGb: { min: 10, max: 2048 },
} as const
