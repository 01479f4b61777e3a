// The low-balance alert ("Notifications" tab). One schema for the form and the mock API: the API
// sends the threshold as integer kopecks, the form as the rubles a person typed ("5 000,50"),
// which the schema turns into kopecks (the form submits what the API takes). Both thresholds are
// always checked: the one not in use keeps its last value.
import { boolean, mixed, number, object } from 'yup'
import type { BalanceAlertFrequency, BalanceAlertSettings, BalanceAlertThresholdType } from '@/api/types'
import { kopecksToRublesText, parseRublesToKopecks, rublesError } from '@/validation/rules/money'

export const BALANCE_ALERT_THRESHOLD_TYPES: BalanceAlertThresholdType[] = ['rubles', 'days']
export const BALANCE_ALERT_FREQUENCIES: BalanceAlertFrequency[] = ['hour', '3h', '6h', '12h', 'day']

/** The threshold's limits: 1 ₽ to 1 000 000 ₽ (in kopecks), or 1 to 90 days of forecast. */
export const BALANCE_ALERT_LIMITS = { minKopecks: 100, maxKopecks: 1_000_000_00, minDays: 1, maxDays: 90 } as const

/** What the form holds: the thresholds as typed text. */
export interface BalanceAlertsFormValues extends Omit<BalanceAlertSettings, 'thresholdKopecks' | 'thresholdDays'> {
  thresholdKopecks: string
  thresholdDays: string
}

const RUBLES = 'validation.balanceAlerts.thresholdRubles'
const DAYS = 'validation.balanceAlerts.thresholdDays'

/** Typed text → kopecks (NaN when it is not an amount); the API's numbers pass as they are. */
function kopecksOfTyped(value: unknown, original: unknown): unknown {
  if (typeof original !== 'string') return value
  if (!original.trim()) return undefined
  return parseRublesToKopecks(original) ?? Number.NaN
}

function daysOfTyped(value: unknown, original: unknown): unknown {
  if (typeof original !== 'string') return value
  const text = original.trim()
  if (!text) return undefined
  return /^\d+$/.test(text) ? Number(text) : Number.NaN
}

export const balanceAlertsSchema = object({
  enabled: boolean().required('validation.required'),
  thresholdType: mixed<BalanceAlertThresholdType>().oneOf(BALANCE_ALERT_THRESHOLD_TYPES, 'validation.oneOf').required('validation.required'),
  thresholdKopecks: number()
    .transform(kopecksOfTyped)
    .typeError(({ originalValue }: { originalValue: unknown }) =>
      typeof originalValue === 'string' && rublesError(originalValue) === 'decimals' ? 'validation.balanceAlerts.thresholdDecimals' : RUBLES,
    )
    .required(RUBLES)
    .integer(RUBLES)
    .min(BALANCE_ALERT_LIMITS.minKopecks, RUBLES)
    .max(BALANCE_ALERT_LIMITS.maxKopecks, RUBLES),
  thresholdDays: number().transform(daysOfTyped).typeError(DAYS).required(DAYS).integer(DAYS).min(BALANCE_ALERT_LIMITS.minDays, DAYS).max(BALANCE_ALERT_LIMITS.maxDays, DAYS),
  frequency: mixed<BalanceAlertFrequency>().oneOf(BALANCE_ALERT_FREQUENCIES, 'validation.oneOf').required('validation.required'),
  channels: object({
    email: boolean().required('validation.required'),
    telegram: boolean().required('validation.required'),
  })
    .required('validation.required')
    .test('one-channel', 'validation.balanceAlerts.channelRequired', function (channels) {
      return !this.parent?.enabled || !!(channels?.email || channels?.telegram)
    }),
})

/** The saved settings as the form shows them. */
export function balanceAlertsFormValues(settings: BalanceAlertSettings): BalanceAlertsFormValues {
  return {
    enabled: settings.enabled,
    thresholdType: settings.thresholdType,
    thresholdKopecks: kopecksToRublesText(settings.thresholdKopecks),
    thresholdDays: String(settings.thresholdDays),
    frequency: settings.frequency,
    channels: { ...settings.channels },
  }
}
