// The auto top-up: from a saved card, by a fixed amount, when a balance's money falls below a
// threshold or monthly on a day 1–28. The form holds the money as rubles text; the API integer
// kopecks (see kopecksField). The mock API checks PUT /payments/auto-top-up with the same schema;
// whether the card exists is checked against the saved cards the caller passes.
import { boolean, mixed, number, object, string } from 'yup'
import type { AutoTopUpTrigger, BalanceKind } from '@/api/types'
import { parseRublesToKopecks, TOP_UP_MAX_KOPECKS, TOP_UP_MIN_KOPECKS } from '../rules/money'
import { kopecksField, TOP_UP_AMOUNT_MESSAGES, TOP_UP_BALANCES } from './topUp'

export const AUTO_TOP_UP_TRIGGERS = ['threshold', 'monthly'] as const satisfies readonly AutoTopUpTrigger[]
export const AUTO_TOP_UP_DAY = { min: 1, max: 28 } as const
/** The threshold may be as low as 1 ₽. */
export const AUTO_TOP_UP_THRESHOLD_MIN_KOPECKS = 1_00

const THRESHOLD_MESSAGES = {
  required: 'validation.autoTopUp.thresholdRequired',
  format: 'validation.autoTopUp.thresholdFormat',
  decimals: 'validation.autoTopUp.thresholdDecimals',
  range: 'validation.autoTopUp.thresholdRange',
}

/** `cardIds`: the saved cards the auto top-up may use; undefined when not known (no check). */
export function autoTopUpSchema(cardIds?: readonly string[]) {
  return object({
    enabled: boolean().required('validation.required'),
    cardId: string()
      .nullable()
      .default(null)
      .when('enabled', {
        is: true,
        then: (schema) => schema.required('validation.autoTopUp.cardRequired'),
      })
      .test('known', 'validation.autoTopUp.cardUnknown', (id) => !id || !cardIds || cardIds.includes(id)),
    balance: string<BalanceKind>().required('validation.required').oneOf(TOP_UP_BALANCES, 'validation.oneOf'),
    trigger: string<AutoTopUpTrigger>().required('validation.required').oneOf(AUTO_TOP_UP_TRIGGERS, 'validation.oneOf'),
    // Checked for the threshold trigger only: a monthly top-up keeps whatever threshold it had.
    thresholdKopecks: mixed<number>().when('trigger', {
      is: 'threshold',
      then: () => kopecksField(THRESHOLD_MESSAGES, AUTO_TOP_UP_THRESHOLD_MIN_KOPECKS, TOP_UP_MAX_KOPECKS),
      otherwise: (schema) => schema.transform((value: unknown) => (typeof value === 'string' ? (parseRublesToKopecks(value) ?? undefined) : value)),
    }),
    dayOfMonth: number()
      .typeError('validation.autoTopUp.day')
      .required('validation.autoTopUp.day')
      .integer('validation.autoTopUp.day')
      .min(AUTO_TOP_UP_DAY.min, 'validation.autoTopUp.day')
      .max(AUTO_TOP_UP_DAY.max, 'validation.autoTopUp.day'),
    amountKopecks: kopecksField(TOP_UP_AMOUNT_MESSAGES, TOP_UP_MIN_KOPECKS, TOP_UP_MAX_KOPECKS),
  })
}
