import { describe, expect, it } from 'vitest'
import { BALANCE_KINDS } from '@mocks/balance/ledger'
import { createSeed } from '@mocks/seed'
import { topUpMethodsFor } from '@/validation/rules'

describe('the billing seed', () => {
  const db = createSeed()

  it('gives every balance exactly the sum of its credited history (money and bonuses apart)', () => {
    for (const account of db.accounts) {
      const credited = db.transactions.filter((t) => t.accountId === account.id && t.status === 'credited')
      for (const kind of BALANCE_KINDS) {
        const lines = credited.filter((t) => t.balance === kind)
        const bonus = lines.filter((t) => t.operation === 'bonus').reduce((sum, t) => sum + t.amountKopecks, 0) + lines.filter((t) => t.operation !== 'bonus').reduce((sum, t) => sum - (t.amountKopecks < 0 ? t.bonusKopecks : 0), 0)
        const money = lines.reduce((sum, t) => sum + t.amountKopecks, 0) - bonus
        expect({ account: account.id, kind, money, bonus }).toEqual({ account: account.id, kind, money: account.balances[kind].money, bonus: account.balances[kind].bonus })
      }
      expect(credited.filter((t) => t.balance === 'referral').reduce((sum, t) => sum + t.amountKopecks, 0)).toBe(account.referralKopecks)
    }
  })

  it('keeps the balances the demo personas are known by', () => {
    const byId = new Map(db.accounts.map((a) => [a.id, a]))
    expect(byId.get('acc-business-res')!.balances.main).toEqual({ money: 4_850_000, bonus: 0 })
    expect(byId.get('acc-business-res')!.balances.cloud).toEqual({ money: 985_000, bonus: 100_000 })
    expect(byId.get('acc-business-nonres')!.balances.main.money).toBe(35_000)
    expect(byId.get('acc-personal-nonres')!.services).toEqual([])
  })

  it('has a year of history with every top-up method the account may use, a declined card and a pending bank transfer', () => {
    for (const account of db.accounts) {
      const history = db.transactions.filter((t) => t.accountId === account.id)
      const methods = new Set(db.payments.filter((p) => p.accountId === account.id).map((p) => p.method))
      expect([...methods].sort()).toEqual(topUpMethodsFor(account.type, account.residency).sort())
      if ((account.services ?? []).length) {
        const months = new Set(history.filter((t) => t.operation === 'charge').map((t) => t.at.slice(0, 7)))
        expect(months.size).toBeGreaterThanOrEqual(11)
      }
      if (methods.has('card')) expect(history.some((t) => t.status === 'declined')).toBe(true)
    }
    expect(db.transactions.filter((t) => t.status === 'pending').map((t) => t.accountId)).toEqual(['acc-business-res'])
  })
})
