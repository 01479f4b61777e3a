// "Request reconciliation act": the period, calendar days YYYY-MM-DD. The form and the mock API
// (POST /billing/documents/reconciliation-acts) check it with this one schema: both days given and
// real, not in the future, the last not before the first, at most a year long.
import { object, string, type InferType } from 'yup'
import { isNotInFuture, isValidIsoDate } from '../rules'

/** The day a year after `from` (YYYY-MM-DD, compared as a string): the period must end before it. */
export function aYearAfter(from: string): string {
  return `${String(Number(from.slice(0, 4)) + 1).padStart(4, '0')}${from.slice(4)}`
}

const day = (required: string) =>
  string()
    .trim()
    .required(required)
    .test('date', 'validation.date', (value) => !value || isValidIsoDate(value))
    .test('future', 'validation.reconciliation.inFuture', (value) => !value || !isValidIsoDate(value) || isNotInFuture(value))

export const reconciliationActSchema = object({
  from: day('validation.reconciliation.fromRequired'),
  // The period's errors belong to its end: that is the field people change to fix them.
  to: day('validation.reconciliation.toRequired')
    .test('order', 'validation.reconciliation.order', function (to) {
      const from: unknown = this.parent.from
      return typeof from !== 'string' || !isValidIsoDate(from) || !to || !isValidIsoDate(to) || from <= to
    })
    .test('length', 'validation.reconciliation.tooLong', function (to) {
      const from: unknown = this.parent.from
      return typeof from !== 'string' || !isValidIsoDate(from) || !to || !isValidIsoDate(to) || to < aYearAfter(from)
    }),
})

export type ReconciliationActValues = InferType<typeof reconciliationActSchema>
