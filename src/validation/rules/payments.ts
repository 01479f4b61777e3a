/**
 * Which top-up methods an account may use, as at Selectel: a state institution pays only by bank
 * transfer (treasury payment orders), a non-resident by card or bank transfer (SBP is for Russian
 * banks), everyone else by card, SBP or bank transfer. The form offers these and the API refuses
 * any other (422 on `method`).
 */
export type TopUpMethod = 'card' | 'sbp' | 'bank-transfer'

export function topUpMethodsFor(accountType: 'personal' | 'business' | 'sole' | 'state', residency: 'resident' | 'nonresident'): TopUpMethod[] {
  if (accountType === 'state') return ['bank-transfer']
  if (residency === 'nonresident') return ['card', 'bank-transfer']
  return ['card', 'sbp', 'bank-transfer']
}
