// Running services are charged every hour of the mock clock from their type's balance (money
// first, then bonuses). An hour's charge joins the service's charge line of that day, so the
// history shows one "Charge" per service per day, as billing consoles do, not 24.
import type { DbAccount, DbService, DbState } from '../kernel/schema'
import { hourlyPriceKopecks } from './forecast'
import { recordTransaction, spend } from './ledger'
import { accountLanguage, billingTexts } from './texts'

const HOUR = 3_600_000

function chargeHour(db: DbState, account: DbAccount, service: DbService, hourEnd: number): void {
  const amount = hourlyPriceKopecks(service.pricePerMonthKopecks)
  if (amount <= 0) return
  const { bonusKopecks } = spend(account.balances[service.type], amount)
  account.balanceVersion += 1
  const day = new Date(hourEnd - 1).toISOString().slice(0, 10)
  // The day's line is dated by its latest hour.
  const at = new Date(Math.min(hourEnd, Date.parse(`${day}T23:59:59.999Z`))).toISOString()
  const line = db.transactions.find((t) => t.accountId === account.id && t.operation === 'charge' && t.serviceId === service.id && t.at.slice(0, 10) === day && t.status === 'credited')
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

/** Charges every active service for each whole hour since it was last charged. Returns whether any was. */
export function chargeRunningServices(db: DbState, now: number): boolean {
  let changed = false
  for (const account of db.accounts) {
    for (const service of account.services ?? []) {
      const from = Date.parse(service.chargedUntil)
      if (service.status !== 'active') {
        // A stopped or creating service starts its hours when it runs.
        if (from < now - HOUR) {
          service.chargedUntil = new Date(now).toISOString()
          changed = true
        }
        continue
      }
      const hours = Math.floor((now - from) / HOUR)
      if (hours < 1) continue
      for (let h = 1; h <= hours; h += 1) chargeHour(db, account, service, from + h * HOUR)
      service.chargedUntil = new Date(from + hours * HOUR).toISOString()
      changed = true
    }
  }
  return changed
}
