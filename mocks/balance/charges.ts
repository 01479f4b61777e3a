// Running services are charged every hour of the mock clock from their type's balance (money
// first, then bonuses). An hour's charge joins the service's charge line of that day (in Moscow),
// so the history shows one "Charge" per service per day, as billing consoles do, not 24.
//
// The charger also runs the services' lifecycle (mocks/services/lifecycle.ts), every step at its
// own time and in the order of those times: a server being created becomes active at `readyAt`
// (and is charged from then), a prepaid (dedicated) server is never charged by the hour but pays
// its next period at `paidUntil`, and a service whose balance cannot pay the next hour (or
// period) is suspended instead of running the balance into debt.
import { moscowDay } from '../kernel/billingTime'
import type { DbAccount, DbService, DbState } from '../kernel/schema'
import { activate, availableKopecks, renewPeriod, suspend } from '../services/lifecycle'
import { hourlyPriceKopecks } from './forecast'
import { recordTransaction, spend } from './ledger'
import { accountLanguage, billingTexts } from './texts'

const HOUR = 3_600_000

function chargeHour(db: DbState, account: DbAccount, service: DbService, amount: number, hourEnd: number): void {
  const { bonusKopecks } = spend(account.balances[service.type], amount)
  account.balanceVersion += 1
  // The billing day is Moscow's, as in Transactions' date filter and a service's cost this month.
  const day = moscowDay(hourEnd - 1)
  // The day's line is dated by its latest hour.
  const at = new Date(Math.min(hourEnd, Date.parse(`${day}T23:59:59.999+03:00`))).toISOString()
  const line = db.transactions.find((t) => t.accountId === account.id && t.operation === 'charge' && t.serviceId === service.id && moscowDay(Date.parse(t.at)) === day && t.status === 'credited')
  if (line) {
    line.amountKopecks -= amount
    line.bonusKopecks += bonusKopecks
    line.at = at
    return
  }
  const language = accountLanguage(account)
  recordTransaction(db, account, {
    at,
    operation: 'charge',
    balance: service.type,
    serviceId: service.id,
    serviceName: service.name,
    amountKopecks: -amount,
    bonusKopecks,
    description: billingTexts.charge(language, service.name, billingTexts.dayName(language, new Date(`${day}T00:00:00Z`))),
  })
}

/**
 * An hour of a running hourly service has ended at `hourEnd`: it is charged, and when what is
 * left cannot pay the next hour, the service stops there. An hour the balance no longer covers
 * (another service or a transfer took the money) is not charged: the service stopped when it began.
 */
function endHour(db: DbState, account: DbAccount, service: DbService, hourEnd: number): void {
  const amount = hourlyPriceKopecks(service.pricePerMonthKopecks)
  const balance = account.balances[service.type]
  if (amount > 0 && availableKopecks(balance) < amount) {
    suspend(db, account, service, hourEnd - HOUR, amount)
    return
  }
  if (amount > 0) chargeHour(db, account, service, amount, hourEnd)
  service.chargedUntil = new Date(hourEnd).toISOString()
  if (amount > 0 && availableKopecks(balance) < amount) suspend(db, account, service, hourEnd, amount)
}

type Step = { at: number; run: () => void }

/** The service's next step due by `now`, if any. */
function nextStep(db: DbState, account: DbAccount, service: DbService, now: number): Step | null {
  if (service.status === 'creating') {
    const readyAt = service.readyAt ? Date.parse(service.readyAt) : Number.NaN
    return readyAt <= now ? { at: readyAt, run: () => activate(service) } : null
  }
  if (service.status !== 'active') return null
  if (service.paidUntil !== null) {
    const paidUntil = Date.parse(service.paidUntil)
    return paidUntil <= now ? { at: paidUntil, run: () => renewPeriod(db, account, service) } : null
  }
  const hourEnd = Date.parse(service.chargedUntil) + HOUR
  return hourEnd <= now ? { at: hourEnd, run: () => endHour(db, account, service, hourEnd) } : null
}

/**
 * Settles every service up to `now`: activations, renewals, each whole hour since a running
 * service was last charged, and suspensions, in the order they happened (the services of an
 * account share its balances). Returns whether anything changed.
 */
export function chargeRunningServices(db: DbState, now: number): boolean {
  let changed = false
  for (const account of db.accounts) {
    const services = account.services ?? []
    for (;;) {
      let next: Step | null = null
      for (const service of services) {
        const step = nextStep(db, account, service, now)
        if (step && (!next || step.at < next.at)) next = step
      }
      if (!next) break
      next.run()
      changed = true
    }
    // A stopped (or prepaid) service starts its hours afresh when it runs by the hour again.
    for (const service of services) {
      const idle = service.status === 'stopped' || (service.status === 'active' && service.paidUntil !== null)
      if (idle && Date.parse(service.chargedUntil) < now - HOUR) {
        service.chargedUntil = new Date(now).toISOString()
        changed = true
      }
    }
  }
  return changed
}
