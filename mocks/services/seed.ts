// The connected services of the demo accounts. Each is paid from its type's balance and charged
// hourly on the mock clock from the moment the data is seeded (`chargedUntil`), so the forecasts
// move as the clock does. The services tab and the order forms are issue 11's; this is their data.
import type { DbService, ServiceType } from '../kernel/schema'

type Row = [id: string, type: ServiceType, name: string, configuration: string, status: DbService['status'], rublesPerMonth: number, monthsAgo: number]

const ROWS: Record<string, Row[]> = {
  'acc-business-res': [
    ['svc-1', 'cloud', 'web-prod-1', '4 vCPU, 8 ГБ RAM, 80 ГБ SSD, Ubuntu 24.04, Санкт-Петербург', 'active', 5_400, 12],
    ['svc-2', 'storage', 'backups', 'Объектное хранилище, 500 ГБ, стандартный класс', 'active', 1_200, 12],
    ['svc-7', 'cloud', 'staging', '2 vCPU, 4 ГБ RAM, 40 ГБ SSD, Debian 12, Москва', 'stopped', 2_600, 5],
  ],
  // Main balance almost empty but a running server: "Delete account" is refused because of the services.
  'acc-business-nonres': [['svc-3', 'dedicated', 'db-frankfurt', 'Intel Xeon E-2236, 32 GB RAM, 2 × 960 GB SSD, Ubuntu 24.04', 'active', 8_900, 12]],
  'acc-sole-res': [['svc-4', 'cloud', 'shop-1', '2 vCPU, 2 ГБ RAM, 30 ГБ SSD, Ubuntu 24.04, Москва', 'active', 1_300, 12]],
  'acc-state-res': [['svc-5', 'cloud', 'portal-gov', '8 vCPU, 16 ГБ RAM, 160 ГБ SSD, Debian 12, Москва', 'active', 10_800, 12]],
  'acc-personal-res': [['svc-6', 'cloud', 'my-vpn', '1 vCPU, 1 ГБ RAM, 15 ГБ SSD, Ubuntu 24.04, Санкт-Петербург', 'active', 650, 12]],
  'acc-personal-nonres': [],
}

/** The start of the month `monthsAgo` months before `seededAt`, 10:00 UTC on its 2nd day. */
export function monthsBefore(seededAt: number, monthsAgo: number): Date {
  const date = new Date(seededAt)
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsAgo, 2, 10))
}

export function seedServices(accountId: string, seededAt: number): DbService[] {
  const seeded = new Date(seededAt).toISOString()
  return (ROWS[accountId] ?? []).map(([id, type, name, configuration, status, rubles, monthsAgo]) => ({
    id,
    type,
    name,
    configuration,
    status,
    pricePerMonthKopecks: rubles * 100,
    since: monthsBefore(seededAt, monthsAgo).toISOString(),
    chargedUntil: seeded,
  }))
}
