// The Transactions tab's filter: a period of calendar days (either end may be left empty), an
// operation and a balance ('' is any). The filter form and the mock API (GET /transactions) check
// it with this one schema, so the server refuses exactly the period the form refuses.
import { object, string, type InferType } from 'yup'
import type { TransactionBalance, TransactionOperation } from '@/api/types'
import { isValidIsoDate } from '../rules'

export const TRANSACTION_OPERATIONS: TransactionOperation[] = ['top-up', 'charge', 'transfer', 'refund', 'bonus']
export const TRANSACTION_BALANCES: TransactionBalance[] = ['main', 'cloud', 'dedicated', 'storage', 'referral']

const day = () =>
  string()
    .default('')
    .test('date', 'validation.date', (value) => !value || isValidIsoDate(value))

export const transactionFiltersSchema = object({
  from: day(),
  // The error belongs to the end of the period: that is the field people change to fix it.
  to: day().test('order', 'validation.periodOrder', function (to) {
    const from: unknown = this.parent.from
    return typeof from !== 'string' || !to || !isValidIsoDate(from) || !isValidIsoDate(to) || from <= to
  }),
  operation: string<TransactionOperation | ''>().default('').oneOf(['', ...TRANSACTION_OPERATIONS], 'validation.oneOf'),
  balance: string<TransactionBalance | ''>().default('').oneOf(['', ...TRANSACTION_BALANCES], 'validation.oneOf'),
})

export type TransactionFilterValues = InferType<typeof transactionFiltersSchema>
