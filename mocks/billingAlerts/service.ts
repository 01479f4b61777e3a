// The account's low-balance alert: its settings on the wire, and the check that mails the main
// administrators when a balance falls below the threshold.
//
// Which balances are watched: with a threshold in rubles, the main balance and every balance that
// pays active services (its money and bonuses below the threshold); with a threshold in days, the
// balances that pay active services (their forecast below it; the main balance has no forecast).
// The first check that finds a balance below mails at once and remembers when (`lastSentAt` per
// balance); while it stays below, a reminder follows once `frequency` has passed since the last
// mail; once it is back at or above the threshold the memory goes, so the next fall mails at once.
//
// Channels: only email is simulated (the mock mailbox). A Telegram alert would come from the
// provider's bot, which the mock has no counterpart of, so it is not recorded; an account with only
// Telegram on still follows the same schedule, it just leaves no mail.
import type { BalanceAlerts, BalanceAlertSettings } from '@/api/types'
import { balancesOf } from '../balance/forecast'
import { accountLanguage } from '../balance/texts'
import type { DbAccount, DbBalanceAlertSettings, DbState, DbUser } from '../kernel/schema'
import { mailTo, sendMailToEach } from '../mailbox/service'
import { lowBalanceMail } from './texts'

const HOUR = 3_600_000

/** The least time between two mails about the same balance. */
export const FREQUENCY_MS: Record<BalanceAlertSettings['frequency'], number> = {
  hour: HOUR,
  '3h': 3 * HOUR,
  '6h': 6 * HOUR,
  '12h': 12 * HOUR,
  day: 24 * HOUR,
}

/** An account that never saved its alert (e.g. one registered today): off, with sensible values. */
export const DEFAULT_ALERT_SETTINGS: BalanceAlertSettings = {
  enabled: false,
  thresholdType: 'rubles',
  thresholdKopecks: 1_000_00,
  thresholdDays: 7,
  frequency: 'day',
  channels: { email: true, telegram: false },
}

export function storedAlertSettings(db: DbState, accountId: string): DbBalanceAlertSettings | undefined {
  return db.balanceAlerts.find((a) => a.accountId === accountId)
}

function wireSettings(settings: BalanceAlertSettings): BalanceAlertSettings {
  const { enabled, thresholdType, thresholdKopecks, thresholdDays, frequency, channels } = settings
  return { enabled, thresholdType, thresholdKopecks, thresholdDays, frequency, channels: { email: channels.email, telegram: channels.telegram } }
}

/** The settings as `user` sees them: every user of the account reads, the main administrator edits. */
export function alertsView(db: DbState, user: DbUser): BalanceAlerts {
  return { settings: wireSettings(storedAlertSettings(db, user.accountId) ?? DEFAULT_ALERT_SETTINGS), canEdit: user.role === 'admin' }
}

/**
 * Replaces the account's settings. A changed switch, threshold type or threshold is a new
 * condition: the memory of mails sent goes, so a balance already below it is mailed at the next check.
 */
export function saveAlertSettings(db: DbState, accountId: string, input: BalanceAlertSettings): void {
  const next = wireSettings(input)
  const stored = storedAlertSettings(db, accountId)
  if (!stored) {
    db.balanceAlerts.push({ accountId, ...next, lastSentAt: {} })
    return
  }
  const conditionChanged =
    stored.enabled !== next.enabled ||
    stored.thresholdType !== next.thresholdType ||
    (next.thresholdType === 'rubles' ? stored.thresholdKopecks !== next.thresholdKopecks : stored.thresholdDays !== next.thresholdDays)
  Object.assign(stored, next)
  if (conditionChanged) stored.lastSentAt = {}
}

/** Checks one account; returns whether anything was mailed or forgotten. */
function checkAccount(db: DbState, account: DbAccount, settings: DbBalanceAlertSettings, now: number): boolean {
  let changed = false
  for (const balance of balancesOf(account)) {
    const paysServices = balance.forecastDays !== null
    const watched = settings.thresholdType === 'rubles' ? paysServices || balance.kind === 'main' : paysServices
    const below =
      watched &&
      (settings.thresholdType === 'rubles'
        ? balance.moneyKopecks + balance.bonusKopecks < settings.thresholdKopecks
        : (balance.forecastDays ?? Infinity) < settings.thresholdDays)
    const last = settings.lastSentAt[balance.kind]
    if (!below) {
      if (last !== undefined) {
        delete settings.lastSentAt[balance.kind]
        changed = true
      }
      continue
    }
    if (last !== undefined && now - Date.parse(last) < FREQUENCY_MS[settings.frequency]) continue
    const sentAt = new Date(now).toISOString()
    if (settings.channels.email) {
      const mail = lowBalanceMail(accountLanguage(account), {
        accountNumber: account.number,
        kind: balance.kind,
        moneyKopecks: balance.moneyKopecks,
        bonusKopecks: balance.bonusKopecks,
        forecastDays: balance.forecastDays,
        threshold: settings.thresholdType === 'rubles' ? { type: 'rubles', kopecks: settings.thresholdKopecks } : { type: 'days', days: settings.thresholdDays },
      })
      sendMailToEach(db, mailTo(db, account.id), { accountId: account.id, kind: 'low-balance', ...mail, sentAt })
    }
    settings.lastSentAt[balance.kind] = sentAt
    changed = true
  }
  return changed
}

/** The settler: every account with the alert on, checked against its balances as they are now. */
export function checkLowBalances(db: DbState, now: number): boolean {
  let changed = false
  for (const settings of db.balanceAlerts) {
    if (!settings.enabled) continue
    const account = db.accounts.find((a) => a.id === settings.accountId)
    if (account) changed = checkAccount(db, account, settings, now) || changed
  }
  return changed
}
