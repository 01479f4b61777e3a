// The top-up form: amount and method (and the balance to credit). The form holds the amount as
// rubles text ("1 500,50"), the API takes integer kopecks; one schema checks both (the text is
// turned into kopecks, which the form submits), so the mock API's 422 is the form's own message.
// The methods come from the caller: the form has GET /payments/options, the mock API the account.
import { mixed, object, string } from 'yup'
import type { BalanceKind } from '@/api/types'
import { parseRublesToKopecks, rublesError, TOP_UP_MAX_KOPECKS, TOP_UP_MIN_KOPECKS } from '../rules/money'
import type { TopUpMethod } from '../rules/payments'

export const TOP_UP_METHODS = ['card', 'sbp', 'bank-transfer'] as const satisfies readonly TopUpMethod[]
export const TOP_UP_BALANCES = ['main', 'cloud', 'dedicated', 'storage'] as const satisfies readonly BalanceKind[]

/** Message keys of one money field. */
export interface KopecksFieldMessages {
  required: string
  format: string
  decimals: string
  range: string
}

/**
 * A money field: integer kopecks (the API) or the rubles text a form field holds, turned into
 * kopecks. Refused: empty, not a number, more than two decimals (text) or not whole kopecks
 * (API), outside [min, max].
 */
export function kopecksField(messages: KopecksFieldMessages, min: number, max: number) {
  return mixed<number>()
    .transform((value: unknown) => (typeof value === 'string' ? (parseRublesToKopecks(value) ?? value) : value))
    .test('amount', function (value) {
      const typed: unknown = this.originalValue
      if (typed === undefined || typed === null || (typeof typed === 'string' && typed.trim() === '')) return this.createError({ message: messages.required })
      if (typeof typed === 'string') {
        const reason = rublesError(typed)
        if (reason === 'format') return this.createError({ message: messages.format })
        if (reason === 'decimals') return this.createError({ message: messages.decimals })
      } else if (typeof value !== 'number' || !Number.isInteger(value)) {
        return this.createError({ message: messages.format })
      }
      return (value as number) >= min && (value as number) <= max ? true : this.createError({ message: messages.range })
    })
    .required(messages.required)
}

export const TOP_UP_AMOUNT_MESSAGES: KopecksFieldMessages = {
  required: 'validation.topUp.amountRequired',
  format: 'validation.topUp.amountFormat',
  decimals: 'validation.topUp.amountDecimals',
  range: 'validation.topUp.amountRange',
}

/** `methods`: what the account may pay with; another method is refused on `method`. */
export function topUpSchema(methods: readonly TopUpMethod[] = TOP_UP_METHODS) {
  return object({
    method: string<TopUpMethod>()
      .required('validation.topUp.methodRequired')
      .oneOf(TOP_UP_METHODS, 'validation.topUp.methodRequired')
      .test('allowed', 'validation.topUp.methodNotAllowed', (method) => !method || methods.includes(method)),
    amountKopecks: kopecksField(TOP_UP_AMOUNT_MESSAGES, TOP_UP_MIN_KOPECKS, TOP_UP_MAX_KOPECKS),
    balance: string<BalanceKind>().oneOf(TOP_UP_BALANCES, 'validation.oneOf').default('main'),
  })
}
