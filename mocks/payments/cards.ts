// The simulated card acquirer: the test cards of PRODUCT.md decide what the "bank" answers, and
// nothing of a card is kept but its brand and last four digits (and, for a saved card, the
// expiry and the holder). The 3-D Secure code the bank "sends" is kept only as a hash.

/** What the bank answers for a card number (digits only). */
export type CardOutcome = 'success' | 'insufficientFunds' | 'threeDs'

export const TEST_CARDS = {
  success: '4242424242424242',
  insufficientFunds: '4000000000000002',
  threeDs: '4000000000003220',
} as const

/** The code the simulated bank "sends by SMS" for 3-D Secure. */
export const THREE_DS_CODE = '1234'

export function cardOutcome(digits: string): CardOutcome {
  if (digits === TEST_CARDS.insufficientFunds) return 'insufficientFunds'
  if (digits === TEST_CARDS.threeDs) return 'threeDs'
  // Any other card that passes the checks is charged.
  return 'success'
}

/** SHA-256 hex of a text (what the mock keeps instead of a secret). */
export async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
}

/** The stored hash of a payment's 3-D Secure code (salted with the payment's id). */
export function challengeHashOf(paymentId: string, code: string): Promise<string> {
  return sha256(`3ds:${paymentId}:${code}`)
}
