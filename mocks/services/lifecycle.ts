// The life of a service on the mock clock: "Creating" until `readyAt`, then "Active"; a prepaid
// (dedicated) server pays its whole period at once and renews at `paidUntil` from the same
// balance; a service whose balance cannot pay is suspended (stopped, reason 'balance': never a
// negative balance) and the main administrator gets an email. The hourly charger
// (mocks/balance/charges.ts) runs these steps in the order of their times, together with the
// hours it charges, so a server is never charged before it is ready.
import { balanceAvailableKopecks } from '@/validation/rules'
import { debit } from '../balance/ledger'
import { accountLanguage, billingTexts } from '../balance/texts'
import { mailTo, sendMailToEach } from '../mailbox/service'
import { addMoscowMonths } from '../kernel/billingTime'
import type { DbAccount, DbBalance, DbService, DbState } from '../kernel/schema'
import { suspensionMail } from './texts'

/** What a stored balance can pay: the rule the order forms show (its money, a debt as none, and its bonuses). */
export function availableKopecks(balance: DbBalance): number {
  return balanceAvailableKopecks(balance.money, balance.bonus)
}

/** A prepaid server's period: its monthly price (after every discount) times the months. */
export function periodKopecksOf(service: DbService): number {
  return service.configuration.kind === 'dedicated' ? service.pricePerMonthKopecks * service.configuration.periodMonths : service.pricePerMonthKopecks
}

/**
 * Debits a prepaid server's period that starts at `from` from its balance (money first, then
 * bonuses) and moves `paidUntil` to its end. The caller has checked that the balance covers it.
 */
export function payPeriod(db: DbState, account: DbAccount, service: DbService, from: number): void {
  const months = service.configuration.kind === 'dedicated' ? service.configuration.periodMonths : 1
  const until = addMoscowMonths(from, months)
  const language = accountLanguage(account)
  debit(db, account, {
    at: new Date(from).toISOString(),
    operation: 'charge',
    balance: service.type,
    amountKopecks: periodKopecksOf(service),
    description: billingTexts.prepaidPeriod(language, service.name, new Date(from), new Date(until)),
    serviceId: service.id,
    serviceName: service.name,
  })
  service.paidUntil = new Date(until).toISOString()
}

/** A service being created is ready: it runs, and its hours are charged from `readyAt`. */
export function activate(service: DbService): void {
  const readyAt = service.readyAt ?? service.chargedUntil
  service.status = 'active'
  service.stoppedReason = null
  service.chargedUntil = readyAt
  service.readyAt = null
}

/**
 * Its balance cannot pay `neededKopecks` at `at`: the service stops (reason 'balance', which the
 * home page's notice shows) and the account's main administrators get an email saying why.
 */
export function suspend(db: DbState, account: DbAccount, service: DbService, at: number, neededKopecks: number): void {
  service.status = 'stopped'
  service.stoppedReason = 'balance'
  service.chargedUntil = new Date(at).toISOString()
  const language = accountLanguage(account)
  const mail = suspensionMail(language, {
    accountNumber: account.number,
    service,
    at: new Date(at),
    availableKopecks: availableKopecks(account.balances[service.type]),
    neededKopecks,
  })
  sendMailToEach(db, mailTo(db, account.id), { accountId: account.id, kind: 'service-suspended', ...mail, sentAt: new Date(at).toISOString() })
}

/** A prepaid server's period has ended (at `paidUntil`): the next one is paid, or it stops. */
export function renewPeriod(db: DbState, account: DbAccount, service: DbService): void {
  const at = Date.parse(service.paidUntil!)
  const needed = periodKopecksOf(service)
  if (availableKopecks(account.balances[service.type]) < needed) {
    suspend(db, account, service, at, needed)
    return
  }
  payPeriod(db, account, service, at)
}
