// What the simulated bank does later, on the mock clock (run on every read of the data, never by
// timers): it credits SBP payments and bank transfers once their `creditAt` has come, and the auto
// top-up charges the saved card when the balance has fallen below the threshold (once per
// crossing) or on the chosen day of the month (once a month, catching up after a jump of the clock).
import { chargeRunningServices } from '../balance/charges'
import { newId } from '../kernel/ids'
import type { DbAccount, DbAutoTopUp, DbPayment, DbState } from '../kernel/schema'
import { creditPayment } from './service'

/** The monthly top-up happens at 09:00 Moscow time (06:00 UTC) of its day. */
const RUN_HOUR_UTC = 6
/** Months of a long clock jump the monthly top-up catches up on. */
const CATCH_UP_RUNS = 24

/** The first run of a monthly top-up on `day` strictly after `after` (ms). */
export function nextMonthlyRun(after: number, day: number): string {
  const from = new Date(after)
  const thisMonth = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), day, RUN_HOUR_UTC)
  return new Date(thisMonth > after ? thisMonth : Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, day, RUN_HOUR_UTC)).toISOString()
}

/** Credits the SBP and bank-transfer payments the bank has confirmed by `now`. */
export function creditDuePayments(db: DbState, now: number): boolean {
  let changed = false
  for (const payment of db.payments) {
    if (payment.status !== 'pending' || !payment.creditAt || Date.parse(payment.creditAt) > now) continue
    const account = db.accounts.find((a) => a.id === payment.accountId)
    if (!account) continue
    creditPayment(db, account, payment, payment.creditAt)
    changed = true
  }
  return changed
}

function autoPayment(db: DbState, account: DbAccount, settings: DbAutoTopUp, at: string): DbPayment | null {
  const card = db.savedCards.find((c) => c.id === settings.cardId && c.accountId === account.id)
  if (!card) return null
  const payer = db.users.find((u) => u.accountId === account.id && u.role === 'admin' && u.status === 'active')
  const payment: DbPayment = {
    id: newId('pay'),
    accountId: account.id,
    userId: payer?.id ?? '',
    method: 'card',
    balance: settings.balance,
    amountKopecks: settings.amountKopecks,
    status: 'pending',
    declineReason: null,
    createdAt: at,
    creditAt: null,
    creditedAt: null,
    card: { brand: card.brand, last4: card.last4 },
    sbpPayload: null,
    invoiceId: null,
    failedCodeAttempts: 0,
    challengeHash: null,
    auto: true,
    savedCardId: card.id,
    saveCard: null,
  }
  db.payments.push(payment)
  creditPayment(db, account, payment, at)
  return payment
}

/** Runs every auto top-up that is due by `now`. */
export function runDueAutoTopUps(db: DbState, now: number): boolean {
  const enabled = db.autoTopUps.filter((s) => s.enabled && s.cardId)
  if (enabled.length === 0) return false
  // The hours up to now are charged first: the threshold is about the money left after them.
  let changed = chargeRunningServices(db, now)
  for (const settings of enabled) {
    const account = db.accounts.find((a) => a.id === settings.accountId)
    if (!account) continue
    if (settings.trigger === 'threshold') {
      const below = account.balances[settings.balance].money < settings.thresholdKopecks
      if (below && !settings.belowThreshold) {
        const at = new Date(now).toISOString()
        if (autoPayment(db, account, settings, at)) settings.lastRunAt = at
        settings.belowThreshold = true
        changed = true
      } else if (!below && settings.belowThreshold) {
        // Back above the threshold: the next fall below it tops up again.
        settings.belowThreshold = false
        changed = true
      }
      continue
    }
    for (let run = 0; run < CATCH_UP_RUNS && settings.nextRunAt && Date.parse(settings.nextRunAt) <= now; run += 1) {
      const at = settings.nextRunAt
      if (autoPayment(db, account, settings, at)) settings.lastRunAt = at
      settings.nextRunAt = nextMonthlyRun(Date.parse(at), settings.dayOfMonth)
      changed = true
    }
  }
  return changed
}
