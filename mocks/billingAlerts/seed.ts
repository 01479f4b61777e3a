// Every demo account's low-balance alert, as its owner might have set it. Some balances are already
// below their threshold when the data is seeded (business.resident's Object storage, the nearly
// empty main balance of business.nonresident), so the first read mails them and the mailbox is
// not empty; the others alert only once the mock clock has charged enough.
import type { BalanceAlertSettings } from '@/api/types'
import type { DbBalanceAlertSettings } from '../kernel/schema'
import { DEFAULT_ALERT_SETTINGS } from './service'

const SETTINGS: Record<string, Partial<BalanceAlertSettings>> = {
  'acc-personal-res': { enabled: true, thresholdType: 'days', thresholdDays: 3, frequency: 'day' },
  'acc-personal-nonres': {},
  'acc-business-res': { enabled: true, thresholdType: 'rubles', thresholdKopecks: 5_000_00, frequency: '6h' },
  'acc-business-nonres': { enabled: true, thresholdType: 'rubles', thresholdKopecks: 1_000_00, frequency: 'day' },
  'acc-sole-res': { enabled: true, thresholdType: 'days', thresholdDays: 7, frequency: '12h', channels: { email: true, telegram: true } },
  'acc-state-res': { thresholdKopecks: 50_000_00 },
  'acc-secure-res': { enabled: true, thresholdType: 'days', thresholdDays: 5, frequency: 'day' },
}

export function seedBalanceAlerts(): DbBalanceAlertSettings[] {
  return Object.entries(SETTINGS).map(([accountId, settings]) => ({
    accountId,
    ...DEFAULT_ALERT_SETTINGS,
    ...settings,
    channels: { ...(settings.channels ?? DEFAULT_ALERT_SETTINGS.channels) },
    lastSentAt: {},
  }))
}
