// The price catalogue: what can be ordered, where and for how much (list prices in kopecks). The
// API serves it with the account's personal discount (GET /services/catalogue); the order forms and
// the order handlers price from it with the one function in src/validation/rules/servicePricing.ts.
// Some models are out of stock in some locations, as in a real data centre.
import type { DedicatedModel, ServiceCatalogue } from '@/api/types'
import { BILLING_PERIODS, CLOUD_LIMITS } from '@/validation/serviceOrderLimits'
import type { DbAccount } from '../kernel/schema'

const DEDICATED_MODELS: DedicatedModel[] = [
  { id: 'xeon-e3-1230', cpu: 'Intel Xeon E3-1230 v6', cores: 4, ramGb: 16, disks: { count: 2, sizeGb: 1000, type: 'hdd' }, pricePerMonthKopecks: 4_500_00, availableIn: ['nsk'] },
  { id: 'xeon-e-2236', cpu: 'Intel Xeon E-2236', cores: 6, ramGb: 32, disks: { count: 2, sizeGb: 960, type: 'ssd' }, pricePerMonthKopecks: 8_900_00, availableIn: ['spb', 'msk'] },
  { id: 'xeon-e-2288g', cpu: 'Intel Xeon E-2288G', cores: 8, ramGb: 64, disks: { count: 2, sizeGb: 1920, type: 'ssd' }, pricePerMonthKopecks: 13_500_00, availableIn: ['spb', 'msk', 'nsk'] },
  { id: 'xeon-silver-4214', cpu: '2 × Intel Xeon Silver 4214', cores: 24, ramGb: 192, disks: { count: 4, sizeGb: 4000, type: 'hdd' }, pricePerMonthKopecks: 19_800_00, availableIn: ['spb', 'nsk'] },
  { id: 'epyc-7313p', cpu: 'AMD EPYC 7313P', cores: 16, ramGb: 128, disks: { count: 2, sizeGb: 3840, type: 'ssd' }, pricePerMonthKopecks: 24_900_00, availableIn: ['msk'] },
]

const PERIOD_DISCOUNTS: Record<(typeof BILLING_PERIODS)[number], number> = { 1: 0, 3: 5, 6: 10, 12: 15 }

const LIST_CATALOGUE: Omit<ServiceCatalogue, 'discountPercent'> = {
  regions: [
    { id: 'spb', pricePercent: 100 },
    { id: 'msk', pricePercent: 110 },
    { id: 'nsk', pricePercent: 90 },
  ],
  images: [
    { id: 'ubuntu-24.04', licensePerMonthKopecks: 0 },
    { id: 'debian-12', licensePerMonthKopecks: 0 },
    { id: 'windows-2022', licensePerMonthKopecks: 1_500_00 },
  ],
  cloud: {
    limits: { vcpu: { ...CLOUD_LIMITS.vcpu }, ramGb: { ...CLOUD_LIMITS.ramGb }, ramGbPerVcpuMax: CLOUD_LIMITS.ramGbPerVcpuMax, diskGb: { ...CLOUD_LIMITS.diskGb } },
    vcpuPerMonthKopecks: 600_00,
    ramGbPerMonthKopecks: 300_00,
    diskGbPerMonthKopecks: { ssd: 12_00, hdd: 4_00 },
  },
  dedicated: {
    models: DEDICATED_MODELS,
    periods: BILLING_PERIODS.map((months) => ({ months, discountPercent: PERIOD_DISCOUNTS[months] })),
  },
}

/** The catalogue as `account` sees it: the list prices and its personal discount. */
export function catalogueFor(account: Pick<DbAccount, 'discountPercent'> | null): ServiceCatalogue {
  return { discountPercent: account?.discountPercent ?? null, ...structuredClone(LIST_CATALOGUE) }
}

export function dedicatedModel(id: string): DedicatedModel | undefined {
  return DEDICATED_MODELS.find((model) => model.id === id)
}

/** A monthly storage price: the standard class costs 2.40 ₽ a GB, the cold one 1.00 ₽. */
export function storagePricePerMonthKopecks(sizeGb: number, storageClass: 'standard' | 'cold'): number {
  return sizeGb * (storageClass === 'standard' ? 2_40 : 1_00)
}
