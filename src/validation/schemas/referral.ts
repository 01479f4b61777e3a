// The request to join the referral program. The mock API validates with the same schema.
import { boolean, object, string } from 'yup'
import { isValidHttpUrl } from '@/validation/rules/url'

export const REFERRAL_TEXT = { min: 10, max: 1000 } as const

export const referralRequestSchema = object({
  url: string()
    .trim()
    .required('validation.referral.urlRequired')
    .test('http-url', 'validation.referral.url', (value) => !value || isValidHttpUrl(value)),
  audience: string()
    .trim()
    .required('validation.referral.audienceRequired')
    .min(REFERRAL_TEXT.min, 'validation.referral.textLength')
    .max(REFERRAL_TEXT.max, 'validation.referral.textLength'),
  promotion: string()
    .trim()
    .required('validation.referral.promotionRequired')
    .min(REFERRAL_TEXT.min, 'validation.referral.textLength')
    .max(REFERRAL_TEXT.max, 'validation.referral.textLength'),
  consent: boolean().required('validation.referral.consent').oneOf([true], 'validation.referral.consent'),
})

/** The program's terms: the page states them and the mock API computes rewards with them. */
export const REFERRAL_TERMS = {
  ratePercent: 10,
  highRatePercent: 15,
  /** Referrals' spending in a month above which the high rate applies, in rubles. */
  highRateThresholdRubles: 1_000_000,
  /** The reward for a month is credited by this day of the next month. */
  payoutDay: 15,
  withdrawalMinRubles: 10_000,
} as const

/** The reward rate for a month in which the referrals spent `spendingKopecks`. */
export function referralRatePercent(spendingKopecks: number): number {
  return spendingKopecks > REFERRAL_TERMS.highRateThresholdRubles * 100 ? REFERRAL_TERMS.highRatePercent : REFERRAL_TERMS.ratePercent
}
