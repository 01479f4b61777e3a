// A year of believable billing history for every demo account, generated relative to the moment
// the data is seeded (so it is "the last twelve months" whenever the demo runs): monthly top-ups by
// each method the account may use, transfers from the main balance to the service balances,
// monthly charges of the services, bonuses, referral rewards, a declined card and, for the
// business account, a bank transfer still waiting for the bank. Every balance is exactly the sum
// of its credited history (tests/unit/balanceSeed.test.ts checks it).
import type { BalanceKind } from '@/api/types'
import { topUpMethodsFor } from '@/validation/rules'
import { moscowDay, moscowMonthStart } from '../kernel/billingTime'
import type { DbAccount, DbPayment, DbState, DbTransaction, PaymentMethod } from '../kernel/schema'
import { monthsBefore } from '../services/seed'
import { hourlyPriceKopecks } from './forecast'
import { emptyBalances, transactionRecord, type TransactionInput } from './ledger'
import { accountLanguage, billingTexts } from './texts'
import { compareIso } from '../kernel/order'

type Target = Partial<Record<BalanceKind, [money: number, bonus: number]>> & { referral?: number }

/** What each account holds at the moment it is seeded, in rubles. */
const TARGETS: Record<string, Target> = {
  'acc-personal-res': { main: [1_250, 0], cloud: [420, 0] },
  'acc-personal-nonres': { main: [830, 150] },
  'acc-secure-res': { main: [900, 0], cloud: [350, 0] },
  'acc-business-res': { main: [48_500, 0], cloud: [9_850, 1_000], dedicated: [9_000, 0], storage: [2_400, 0], referral: 12_450 },
  // A little money left and active services: deleting the account (GDPR) shows both reasons. The
  // dedicated server's next month (8 900 ₽) is not covered: it stops at renewal unless topped up.
  'acc-business-nonres': { main: [350, 0], cloud: [1_500, 0], dedicated: [4_200, 0], storage: [900, 0] },
  'acc-sole-res': { main: [7_300, 0], cloud: [2_100, 500] },
  'acc-state-res': { main: [120_000, 0], cloud: [54_000, 0] },
}

const DAY = 86_400_000
const HOUR = 3_600_000
const MINUTE = 60_000

interface SeedContext {
  db: DbState
  account: DbAccount
  seededAt: number
  counter: { n: number }
}

function push(ctx: SeedContext, input: TransactionInput): DbTransaction {
  ctx.counter.n += 1
  const transaction = transactionRecord(`tx-${ctx.account.number}-${String(ctx.counter.n).padStart(4, '0')}`, ctx.account.id, input)
  ctx.db.transactions.push(transaction)
  if (transaction.status === 'credited') {
    if (transaction.balance === 'referral') ctx.account.referralKopecks += transaction.amountKopecks
    else if (transaction.operation === 'bonus') ctx.account.balances[transaction.balance].bonus += transaction.amountKopecks
    else ctx.account.balances[transaction.balance].money += transaction.amountKopecks
  }
  return transaction
}

const CARDS = [
  { brand: 'Visa', last4: '4242' },
  { brand: 'Mastercard', last4: '5100' },
  { brand: 'Mir', last4: '2201' },
]

function payment(ctx: SeedContext, method: PaymentMethod, amountKopecks: number, at: number, status: DbPayment['status'], n: number): DbPayment {
  const card = method === 'card' ? CARDS[n % CARDS.length]! : null
  const record: DbPayment = {
    id: `pay-${ctx.account.number}-${String(n).padStart(3, '0')}`,
    accountId: ctx.account.id,
    userId: ctx.db.users.find((u) => u.accountId === ctx.account.id && u.role === 'admin')?.id ?? '',
    method,
    balance: 'main',
    amountKopecks,
    status,
    declineReason: status === 'declined' ? 'insufficientFunds' : null,
    createdAt: new Date(at).toISOString(),
    creditAt: method === 'card' ? null : new Date(status === 'pending' ? ctx.seededAt + 2 * DAY : at + HOUR).toISOString(),
    creditedAt: status === 'credited' ? new Date(method === 'card' ? at : at + HOUR).toISOString() : null,
    card,
    sbpPayload: method === 'sbp' ? `https://qr.nspk.ru/AS10003${ctx.account.number}${n}?type=02&sum=${amountKopecks}&cur=RUB` : null,
    // The invoice documents themselves are seeded from these payments (mocks/billingDocuments).
    invoiceId: method === 'bank-transfer' ? `doc-inv-${ctx.account.number}-${String(n).padStart(3, '0')}` : null,
    failedCodeAttempts: 0,
    challengeHash: null,
    auto: false,
  }
  ctx.db.payments.push(record)
  return record
}

/** The invoice number customers see: the account number and the invoice's sequence. */
export function invoiceNumber(accountNumber: string, n: number): string {
  return `${accountNumber}-${String(n).padStart(4, '0')}`
}

function topUp(ctx: SeedContext, method: PaymentMethod, amountKopecks: number, at: number, status: DbPayment['status'], n: number): void {
  const language = accountLanguage(ctx.account)
  const record = payment(ctx, method, amountKopecks, at, status, n)
  const description =
    method === 'bank-transfer'
      ? billingTexts.invoicePayment(language, invoiceNumber(ctx.account.number, n))
      : billingTexts.topUp(language, method, record.card ? `${record.card.brand} •• ${record.card.last4}` : undefined)
  push(ctx, {
    at: record.creditedAt ?? record.createdAt,
    operation: 'top-up',
    balance: 'main',
    amountKopecks,
    description,
    status: status === 'declined' ? 'declined' : status === 'pending' ? 'pending' : 'credited',
    paymentId: record.id,
  })
}

function transfer(ctx: SeedContext, to: BalanceKind, amountKopecks: number, at: number): void {
  const language = accountLanguage(ctx.account)
  const transferId = `trf-${ctx.account.number}-${ctx.counter.n + 1}`
  const iso = new Date(at).toISOString()
  push(ctx, { at: iso, operation: 'transfer', balance: 'main', amountKopecks: -amountKopecks, description: billingTexts.transferOut(language, to), transferId })
  push(ctx, { at: iso, operation: 'transfer', balance: to, amountKopecks, description: billingTexts.transferIn(language, 'main'), transferId })
}

function seedAccountHistory(ctx: SeedContext, target: Target): void {
  const { account, seededAt } = ctx
  const language = accountLanguage(account)
  const methods = topUpMethodsFor(account.type, account.residency)
  const services = account.services ?? []
  let paymentNo = 0

  // Eleven full months: the services' charges, paid by a transfer from the main balance, which a
  // top-up covered (rounded up to 100 ₽; what is left over stays on the main balance, and this
  // month's top-up makes up the rest).
  for (let monthsAgo = 11; monthsAgo >= 1; monthsAgo -= 1) {
    const monthStart = monthsBefore(seededAt, monthsAgo)
    const monthName = billingTexts.monthName(language, monthStart)
    const charges = new Map<BalanceKind, number>()
    for (const service of services) {
      const since = Date.parse(service.since)
      // A stopped service ran until last month.
      if (since > monthStart.getTime() || (service.status === 'stopped' && monthsAgo < 2)) continue
      charges.set(service.type, (charges.get(service.type) ?? 0) + service.pricePerMonthKopecks)
    }
    const needed = [...charges.values()].reduce((sum, value) => sum + value, 0)
    if (needed > 0) {
      const amount = Math.ceil(needed / 10_000) * 10_000
      paymentNo += 1
      topUp(ctx, methods[monthsAgo % methods.length]!, amount, monthStart.getTime() + DAY, 'credited', paymentNo)
      for (const [kind, value] of charges) transfer(ctx, kind, value, monthStart.getTime() + DAY + 2 * HOUR)
    }
    // Hourly services: the month in one line on its last evening (18:00 UTC, still that day in
    // Moscow); a prepaid server's month is paid when it begins (or when the server was ordered).
    const monthEnd = monthsBefore(seededAt, monthsAgo - 1).getTime() - 40 * HOUR
    for (const service of services) {
      const since = Date.parse(service.since)
      if (since > monthStart.getTime() || (service.status === 'stopped' && monthsAgo < 2)) continue
      const at = service.paidUntil ? Math.max(since, moscowMonthStart(monthStart.getTime()) + MINUTE) : monthEnd
      push(ctx, {
        at: new Date(at).toISOString(),
        operation: 'charge',
        balance: service.type,
        amountKopecks: -service.pricePerMonthKopecks,
        description: billingTexts.charge(language, service.name, monthName),
        serviceId: service.id,
        serviceName: service.name,
      })
    }
  }

  // Bonuses, credited half a year ago.
  const bonusAt = new Date(monthsBefore(seededAt, 6).getTime() + 5 * DAY).toISOString()
  for (const [kind, values] of Object.entries(target) as [BalanceKind | 'referral', [number, number] | number][]) {
    if (kind === 'referral' || !Array.isArray(values) || values[1] <= 0) continue
    push(ctx, { at: bonusAt, operation: 'bonus', balance: kind, amountKopecks: values[1] * 100, description: language === 'ru' ? 'Бонус за участие в акции «Переезд в облако»' : 'Welcome bonus' })
  }

  // Every method the account may use appears at least once (an account without services paid little).
  const used = new Set(ctx.db.payments.filter((p) => p.accountId === account.id).map((p) => p.method))
  methods.filter((method) => !used.has(method)).forEach((method, i) => {
    paymentNo += 1
    topUp(ctx, method, 500_00, monthsBefore(seededAt, 4 + i).getTime() + 6 * DAY, 'credited', paymentNo)
  })

  // This month so far (Moscow time): each prepaid (dedicated) server's period, paid when the month
  // began, and the hourly services' charges, one line per day, for the whole hours before seeding;
  // the hourly charger (charges.ts) goes on from the moment of seeding.
  const monthStart = moscowMonthStart(seededAt)
  for (const service of services.filter((s) => s.status === 'active')) {
    const charge = (at: number, amountKopecks: number, period: string) =>
      push(ctx, { at: new Date(at).toISOString(), operation: 'charge', balance: service.type, amountKopecks: -amountKopecks, description: billingTexts.charge(language, service.name, period), serviceId: service.id, serviceName: service.name })
    if (service.paidUntil) {
      charge(Math.min(monthStart + MINUTE, seededAt), service.pricePerMonthKopecks, billingTexts.monthName(language, new Date(seededAt)))
      continue
    }
    const until = monthStart + Math.floor((seededAt - monthStart) / HOUR) * HOUR
    for (let dayStart = monthStart; dayStart < until; dayStart += DAY) {
      const dayEnd = Math.min(dayStart + DAY, until)
      const day = moscowDay(dayStart)
      // Dated by its latest hour, as the charger dates a day's line.
      charge(Math.min(dayEnd, dayStart + DAY - 1), ((dayEnd - dayStart) / HOUR) * hourlyPriceKopecks(service.pricePerMonthKopecks), billingTexts.dayName(language, new Date(`${day}T00:00:00Z`)))
    }
    // The part hour before seeding is not charged: the charger's first hour ends an hour after the
    // seed, so figures read right after seeding (a test, a demo) do not move at the next o'clock.
    service.chargedUntil = new Date(seededAt).toISOString()
  }

  // This month: a top-up and the transfers that bring every balance to what the account holds now.
  const thisMonth = seededAt - 3 * DAY
  let finalTransfers = 0
  for (const kind of ['cloud', 'dedicated', 'storage'] as const) {
    const money = (target[kind]?.[0] ?? 0) * 100
    const current = account.balances[kind].money
    if (money - current > 0) finalTransfers += money - current
  }
  const mainMoney = (target.main?.[0] ?? 0) * 100
  const finalTopUp = mainMoney + finalTransfers - account.balances.main.money
  if (finalTopUp > 0) {
    paymentNo += 1
    topUp(ctx, methods[0]!, finalTopUp, thisMonth, 'credited', paymentNo)
  }
  for (const kind of ['cloud', 'dedicated', 'storage'] as const) {
    const missing = (target[kind]?.[0] ?? 0) * 100 - account.balances[kind].money
    if (missing > 0) transfer(ctx, kind, missing, thisMonth + HOUR)
  }

  // A card the bank declined (it did not change any balance).
  if (methods.includes('card')) {
    paymentNo += 1
    topUp(ctx, 'card', 5_000_00, seededAt - 10 * DAY, 'declined', paymentNo)
  }

  // Referral rewards: three months credited, the last one whatever brings the balance to the target.
  const referral = (target.referral ?? 0) * 100
  if (referral > 0) {
    const parts = [Math.round(referral * 0.3), Math.round(referral * 0.45)]
    parts.push(referral - parts[0]! - parts[1]!)
    parts.forEach((amount, i) => {
      const month = monthsBefore(seededAt, 3 - i)
      push(ctx, { at: new Date(month.getTime() + 8 * DAY).toISOString(), operation: 'bonus', balance: 'referral', amountKopecks: amount, description: billingTexts.referralReward(language, billingTexts.monthName(language, monthsBefore(seededAt, 4 - i))) })
    })
  }
}

/** Fills `db.transactions` and `db.payments` and sets every account's balances from them. */
export function seedBilling(db: DbState, seededAt: number): void {
  for (const account of db.accounts) {
    account.balances = emptyBalances()
    account.referralKopecks = 0
    const ctx: SeedContext = { db, account, seededAt, counter: { n: 0 } }
    seedAccountHistory(ctx, TARGETS[account.id] ?? {})
    // The business account's latest invoice is paid by bank transfer and waits for the bank.
    if (account.id === 'acc-business-res') topUp(ctx, 'bank-transfer', 30_000_00, seededAt - DAY, 'pending', 90)
    account.balanceVersion = 1
  }
  db.transactions.sort((a, b) => compareIso(a.at, b.at))
}
