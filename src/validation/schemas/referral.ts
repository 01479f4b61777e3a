// The request to join the referral program. The mock API validates with the same schema.
import { boolean, object, string } from 'yup'
import { isValidHttpUrl } from '@/validation/rules/url'

export { REFERRAL_TERMS, referralRatePercent } from '../referralTerms'

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
