// The connected services of the demo accounts, priced from the catalogue as an order would be
// (with the account's personal discount). Hourly services are charged from the moment the data is
// seeded (`chargedUntil`), so the forecasts move as the clock does; the dedicated servers are
// prepaid by the month and renew at `paidUntil`. Each business account has some of every type.
import type { CloudServerConfiguration, DedicatedServerConfiguration, StorageConfiguration } from '@/api/types'
import { cloudServerPrice, dedicatedServerPrice, discounted } from '@/validation/rules'
import { moscowMonthStart } from '../kernel/billingTime'
import type { DbAccount, DbService } from '../kernel/schema'
import { catalogueFor, dedicatedModel, storagePricePerMonthKopecks } from './catalogue'

type Cloud = Omit<CloudServerConfiguration, 'kind'>
type Dedicated = { location: DedicatedServerConfiguration['location']; modelId: string; os: DedicatedServerConfiguration['os'] }
type Storage = Omit<StorageConfiguration, 'kind'>

interface Row {
  id: string
  name: string
  monthsAgo: number
  /** Stopped by a user (last month), not charged since. */
  stopped?: true
  cloud?: Cloud
  dedicated?: Dedicated
  storage?: Storage
}

const ROWS: Record<string, Row[]> = {
  'acc-business-res': [
    { id: 'svc-1', name: 'web-prod-1', monthsAgo: 12, cloud: { region: 'spb', vcpu: 4, ramGb: 8, diskType: 'ssd', diskGb: 80, image: 'ubuntu-24.04' } },
    { id: 'svc-2', name: 'backups', monthsAgo: 12, storage: { sizeGb: 500, storageClass: 'standard' } },
    { id: 'svc-7', name: 'staging', monthsAgo: 5, stopped: true, cloud: { region: 'msk', vcpu: 2, ramGb: 4, diskType: 'ssd', diskGb: 40, image: 'debian-12' } },
    { id: 'svc-8', name: 'accounting-1c', monthsAgo: 8, cloud: { region: 'spb', vcpu: 4, ramGb: 16, diskType: 'ssd', diskGb: 200, image: 'windows-2022' } },
    { id: 'svc-9', name: 'db-main', monthsAgo: 10, dedicated: { location: 'msk', modelId: 'xeon-e-2236', os: 'ubuntu-24.04' } },
    { id: 'svc-10', name: 'archive', monthsAgo: 6, storage: { sizeGb: 2000, storageClass: 'cold' } },
  ],
  // Main balance almost empty but a running server: "Delete account" is refused because of the services.
  'acc-business-nonres': [
    { id: 'svc-3', name: 'db-eu-1', monthsAgo: 12, dedicated: { location: 'spb', modelId: 'xeon-e-2236', os: 'ubuntu-24.04' } },
    { id: 'svc-11', name: 'app-eu-1', monthsAgo: 7, cloud: { region: 'nsk', vcpu: 2, ramGb: 4, diskType: 'ssd', diskGb: 50, image: 'ubuntu-24.04' } },
    { id: 'svc-12', name: 'media', monthsAgo: 7, storage: { sizeGb: 300, storageClass: 'standard' } },
  ],
  'acc-sole-res': [{ id: 'svc-4', name: 'shop-1', monthsAgo: 12, cloud: { region: 'msk', vcpu: 2, ramGb: 2, diskType: 'ssd', diskGb: 30, image: 'ubuntu-24.04' } }],
  'acc-state-res': [{ id: 'svc-5', name: 'portal-gov', monthsAgo: 12, cloud: { region: 'msk', vcpu: 8, ramGb: 16, diskType: 'ssd', diskGb: 160, image: 'debian-12' } }],
  'acc-personal-res': [{ id: 'svc-6', name: 'my-vpn', monthsAgo: 12, cloud: { region: 'spb', vcpu: 1, ramGb: 1, diskType: 'ssd', diskGb: 15, image: 'ubuntu-24.04' } }],
  'acc-personal-nonres': [],
  'acc-secure-res': [{ id: 'svc-13', name: 'home-cloud', monthsAgo: 12, cloud: { region: 'msk', vcpu: 1, ramGb: 2, diskType: 'ssd', diskGb: 20, image: 'debian-12' } }],
}

/** The start of the month `monthsAgo` months before `seededAt`, 10:00 UTC on its 2nd day. */
export function monthsBefore(seededAt: number, monthsAgo: number): Date {
  const date = new Date(seededAt)
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() - monthsAgo, 2, 10))
}

function priced(account: DbAccount, row: Row): Pick<DbService, 'type' | 'configuration' | 'pricePerMonthKopecks'> {
  const catalogue = catalogueFor(account)
  if (row.cloud) return { type: 'cloud', configuration: { kind: 'cloud', ...row.cloud }, pricePerMonthKopecks: cloudServerPrice(catalogue, row.cloud)!.perMonthKopecks }
  if (row.dedicated) {
    const model = dedicatedModel(row.dedicated.modelId)!
    const { cpu, cores, ramGb, disks } = model
    return {
      type: 'dedicated',
      configuration: { kind: 'dedicated', location: row.dedicated.location, modelId: model.id, cpu, cores, ramGb, disks, os: row.dedicated.os, periodMonths: 1 },
      pricePerMonthKopecks: dedicatedServerPrice(catalogue, { modelId: model.id, periodMonths: 1, os: row.dedicated.os })!.perMonthKopecks,
    }
  }
  const storage = row.storage!
  return { type: 'storage', configuration: { kind: 'storage', ...storage }, pricePerMonthKopecks: discounted(storagePricePerMonthKopecks(storage.sizeGb, storage.storageClass), account.discountPercent) }
}

export function seedServices(account: DbAccount, seededAt: number): DbService[] {
  const seeded = new Date(seededAt).toISOString()
  return (ROWS[account.id] ?? []).map((row) => {
    const { type, configuration, pricePerMonthKopecks } = priced(account, row)
    return {
      id: row.id,
      name: row.name,
      type,
      configuration,
      status: row.stopped ? 'stopped' : 'active',
      stoppedReason: row.stopped ? 'user' : null,
      pricePerMonthKopecks,
      since: monthsBefore(seededAt, row.monthsAgo).toISOString(),
      readyAt: null,
      // This month (Moscow time) is paid (the seed's history charges it); the next month renews it.
      paidUntil: type === 'dedicated' ? new Date(moscowMonthStart(seededAt, 1)).toISOString() : null,
      chargedUntil: seeded,
    }
  })
}
