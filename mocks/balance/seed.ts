// Seeded balances and transactions of every demo account (kopecks); descriptions in the account's
// language (Russian for residents of the RF, English for non-residents).
import type { DbTransaction } from '../kernel/schema'

/** Main and bonus balance of each seeded account, in rubles. */
export const SEED_BALANCES: Record<string, [main: number, bonus: number]> = {
  'acc-personal-res': [1250, 0],
  'acc-personal-nonres': [830, 150],
  'acc-business-res': [48_500, 2_000],
  // A little money left and an active service: deleting the account (GDPR) shows both reasons.
  'acc-business-nonres': [350, 0],
  'acc-sole-res': [7_300, 500],
  'acc-state-res': [120_000, 0],
}

export function seedTransactions(): DbTransaction[] {
  const rows: [string, string, DbTransaction['kind'], number, string][] = [
    ['acc-business-res', '2026-11-01T10:00:00.000Z', 'top-up', 50_000, 'Безналичный перевод, счёт 2026-1101'],
    ['acc-business-res', '2026-11-10T00:00:00.000Z', 'charge', -1_500, 'Облачные серверы, 1–10 ноября'],
    ['acc-business-res', '2026-11-20T00:00:00.000Z', 'charge', -1_200, 'Объектное хранилище, ноябрь'],
    ['acc-business-res', '2026-11-21T00:00:00.000Z', 'top-up', 1_200, 'Банковская карта'],
    ['acc-business-nonres', '2026-10-15T00:00:00.000Z', 'top-up', 500, 'Bank card'],
    ['acc-business-nonres', '2026-10-31T00:00:00.000Z', 'charge', -500, 'Dedicated server, October'],
    ['acc-business-nonres', '2026-11-25T00:00:00.000Z', 'top-up', 350, 'Bank card'],
    ['acc-personal-res', '2026-11-02T00:00:00.000Z', 'top-up', 2_000, 'Банковская карта'],
    ['acc-personal-res', '2026-11-15T00:00:00.000Z', 'charge', -750, 'Облачный сервер, ноябрь'],
    ['acc-personal-nonres', '2026-11-05T00:00:00.000Z', 'top-up', 1_000, 'Bank card'],
    ['acc-sole-res', '2026-11-03T00:00:00.000Z', 'top-up', 10_000, 'Безналичный перевод'],
    ['acc-state-res', '2026-10-20T00:00:00.000Z', 'top-up', 120_000, 'Платёжное поручение казначейства № 512'],
  ]
  return rows.map(([accountId, at, kind, rubles, description], i) => ({
    id: `tx-${i + 1}`,
    accountId,
    at,
    kind,
    balance: 'main',
    amountKopecks: rubles * 100,
    description,
  }))
}
