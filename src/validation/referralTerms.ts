// The referral program's terms, without yup: the mock computes rewards with them on every load.
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
