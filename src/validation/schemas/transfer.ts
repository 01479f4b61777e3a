// A transfer between balances: from, to, amount. The form holds the amount as rubles text
// ("1 500,50"), the API takes integer kopecks; one schema checks both, so the mock API's 422 is the
// form's own message. What the source holds comes from the caller: the form knows the overview it
// shows, the mock API the account's data inside the write that moves the money.
import { mixed, object, string } from 'yup'
import type { BalanceKind, TransferSource } from '@/api/types'
import { parseRublesToKopecks, rublesError, type MoneyError } from '../rules/money'

export const TRANSFER_SOURCES = ['main', 'cloud', 'dedicated', 'storage', 'referral'] as const satisfies readonly TransferSource[]
export const TRANSFER_TARGETS = ['main', 'cloud', 'dedicated', 'storage'] as const satisfies readonly BalanceKind[]

/** Where money of `from` may go: from the main balance to a service balance, from any other (a service balance, the referral one) to the main balance. */
export function transferTargets(from: TransferSource): BalanceKind[] {
  return from === 'main' ? ['cloud', 'dedicated', 'storage'] : ['main']
}

/** Why `from` → `to` is not a transfer the panel makes, or null when it is. */
export function transferRouteError(from: TransferSource, to: BalanceKind): 'sameBalance' | 'referralToMainOnly' | 'viaMain' | null {
  if ((from as string) === to) return 'sameBalance'
  if (transferTargets(from).includes(to)) return null
  return from === 'referral' ? 'referralToMainOnly' : 'viaMain'
}

const AMOUNT_ERROR: Record<MoneyError, string> = {
  format: 'validation.transfer.amountFormat',
  decimals: 'validation.transfer.amountDecimals',
  notPositive: 'validation.transfer.amountPositive',
}

/** The money that may leave a source, in kopecks (never bonuses); undefined when not known. */
export type TransferableOf = (from: TransferSource) => number | undefined

/**
 * `amountKopecks` is integer kopecks (the API) or the rubles text of the form's field, which the
 * schema turns into kopecks (the form submits those). Above what `transferable` says the source
 * holds is refused on the amount.
 */
export function transferSchema(transferable: TransferableOf = () => undefined) {
  return object({
    from: string<TransferSource>().required('validation.required').oneOf(TRANSFER_SOURCES, 'validation.oneOf'),
    to: string<BalanceKind>()
      .required('validation.required')
      .oneOf(TRANSFER_TARGETS, 'validation.oneOf')
      .test('route', function (to) {
        const from = (this.parent as { from?: unknown }).from
        if (!TRANSFER_SOURCES.includes(from as TransferSource)) return true
        const reason = transferRouteError(from as TransferSource, to)
        return reason ? this.createError({ message: `validation.transfer.${reason}` }) : true
      }),
    amountKopecks: mixed<number | string>()
      .transform((value: unknown) => (typeof value === 'string' ? (parseRublesToKopecks(value) ?? value) : value))
      .test('amount', function (value) {
        const typed: unknown = this.originalValue
        if (typed === undefined || typed === null || (typeof typed === 'string' && typed.trim() === '')) return this.createError({ message: 'validation.required' })
        const reason = typeof typed === 'string' ? rublesError(typed) : typeof value !== 'number' || !Number.isInteger(value) ? 'decimals' : value > 0 ? null : 'notPositive'
        if (reason) return this.createError({ message: AMOUNT_ERROR[reason] })
        const from = (this.parent as { from?: unknown }).from
        const limit = TRANSFER_SOURCES.includes(from as TransferSource) ? transferable(from as TransferSource) : undefined
        if (limit !== undefined && (value as number) > limit) return this.createError({ message: 'validation.transfer.aboveSource' })
        return true
      })
      .required('validation.required'),
  })
}
