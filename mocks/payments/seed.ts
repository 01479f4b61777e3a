// The seeded saved cards: the business account's main administrator kept the Visa ending in 4242
// (one of its seeded card top-ups) for the auto top-up, which is still off. Run after seedBilling.
import type { DbState } from '../kernel/schema'
import { compareIso } from '../kernel/order'

const SAVED: Record<string, { brand: string; last4: string; holder: string }> = {
  'acc-business-res': { brand: 'Visa', last4: '4242', holder: 'ELENA SMIRNOVA' },
}

export function seedSavedCards(db: DbState, seededAt: number): void {
  for (const account of db.accounts) {
    const card = SAVED[account.id]
    if (!card) continue
    // Saved with its first card top-up of that card, if the history has one.
    const first = db.payments
      .filter((p) => p.accountId === account.id && p.status === 'credited' && p.card?.last4 === card.last4)
      .sort((a, b) => compareIso(a.createdAt, b.createdAt))[0]
    const expires = new Date(seededAt)
    const expiry = `${String(expires.getUTCMonth() + 1).padStart(2, '0')}/${String((expires.getUTCFullYear() + 3) % 100).padStart(2, '0')}`
    const id = `card-${account.number}-1`
    db.savedCards.push({ id, accountId: account.id, brand: card.brand, last4: card.last4, expiry, holder: card.holder, createdAt: first?.createdAt ?? new Date(seededAt).toISOString() })
    if (first) first.savedCardId = id
  }
}
