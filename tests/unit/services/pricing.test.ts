import { describe, expect, it } from 'vitest'
import type { ServiceCatalogue } from '@/api/types'
import { balanceAvailableKopecks, cloudServerPrice, dedicatedServerPrice, hourlyPriceKopecks, missingKopecks } from '@/validation/rules'
import { catalogueFor } from '@mocks/services/catalogue'

/** Round prices, so every expected figure can be worked out by hand. */
function catalogue(discountPercent: number | null = null, changes: Partial<ServiceCatalogue['cloud']> = {}): ServiceCatalogue {
  return {
    discountPercent,
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
      limits: { vcpu: { min: 1, max: 32 }, ramGb: { min: 1, max: 256 }, ramGbPerVcpuMax: 8, diskGb: { min: 10, max: 2048 } },
      vcpuPerMonthKopecks: 600_00,
      ramGbPerMonthKopecks: 300_00,
      diskGbPerMonthKopecks: { ssd: 12_00, hdd: 4_00 },
      ...changes,
    },
    dedicated: {
      models: [{ id: 'm-1', cpu: 'Intel Xeon E-2236', cores: 6, ramGb: 32, disks: { count: 2, sizeGb: 960, type: 'ssd' }, pricePerMonthKopecks: 8_900_00, availableIn: ['spb'] }],
      periods: [
        { months: 1, discountPercent: 0 },
        { months: 3, discountPercent: 5 },
        { months: 6, discountPercent: 10 },
        { months: 12, discountPercent: 15 },
      ],
    },
  }
}

/** 2 vCPU × 600 ₽ + 4 GB × 300 ₽ + 40 GB SSD × 12 ₽ = 2 880 ₽ a month at 100%. */
const SMALL = { region: 'spb', vcpu: 2, ramGb: 4, diskType: 'ssd', diskGb: 40, image: 'ubuntu-24.04' } as const

describe('the price of a cloud server', () => {
  it('adds vCPU, RAM and disk at the unit prices: a month, an hour (a 720th of it) and the first day (24 hours)', () => {
    expect(cloudServerPrice(catalogue(), SMALL)).toEqual({ perMonthKopecks: 2_880_00, perHourKopecks: 4_00, firstDayKopecks: 96_00 })
  })

  it('prices the disk by its type', () => {
    expect(cloudServerPrice(catalogue(), { ...SMALL, diskType: 'hdd' })!.perMonthKopecks).toBe(2_400_00 + 40 * 4_00)
  })

  it.each([
    ['msk', 3_168_00],
    ['nsk', 2_592_00],
  ] as const)('applies the region’s percentage (%s)', (region, perMonth) => {
    expect(cloudServerPrice(catalogue(), { ...SMALL, region })!.perMonthKopecks).toBe(perMonth)
  })

  it('adds the Windows licence after the region’s percentage, which does not apply to it', () => {
    expect(cloudServerPrice(catalogue(), { ...SMALL, region: 'msk', image: 'windows-2022' })!.perMonthKopecks).toBe(3_168_00 + 1_500_00)
  })

  it('takes the personal discount off everything, the licence included', () => {
    expect(cloudServerPrice(catalogue(10), SMALL)!.perMonthKopecks).toBe(2_592_00)
    expect(cloudServerPrice(catalogue(10), { ...SMALL, image: 'windows-2022' })!.perMonthKopecks).toBe(3_942_00)
  })

  it('rounds each step to a kopeck: the region’s price, the discount, the hour (half up), and the first day is 24 rounded hours', () => {
    // 3 × 5 kopecks = 15 at 110% = 16.5 → 17; less 50% = 8.5 → 9 (rounding once at the end would give 8).
    const tiny = catalogue(50, { vcpuPerMonthKopecks: 5, ramGbPerMonthKopecks: 0, diskGbPerMonthKopecks: { ssd: 0, hdd: 0 } })
    expect(cloudServerPrice(tiny, { ...SMALL, region: 'msk', vcpu: 3 })!.perMonthKopecks).toBe(9)
    // 3 942 ₽ a month: 547.5 kopecks an hour → 548; the first day 24 × 548, not a thirtieth of the month.
    expect(cloudServerPrice(catalogue(10), { ...SMALL, image: 'windows-2022' })).toMatchObject({ perHourKopecks: 5_48, firstDayKopecks: 24 * 5_48 })
  })

  it('has no price for a region or an image the catalogue does not know', () => {
    expect(cloudServerPrice(catalogue(), { ...SMALL, region: 'ams' as 'spb' })).toBeNull()
    expect(cloudServerPrice(catalogue(), { ...SMALL, image: 'freebsd' as 'debian-12' })).toBeNull()
  })

  it('prices the demo catalogue with business.resident’s 10% discount as its seeded server costs', () => {
    // web-prod-1: (4 × 600 + 8 × 300 + 80 × 12) ₽ = 5 760 ₽, less 10% = 5 184 ₽: 7.20 ₽ an hour.
    expect(cloudServerPrice(catalogueFor({ discountPercent: 10 }), { region: 'spb', vcpu: 4, ramGb: 8, diskType: 'ssd', diskGb: 80, image: 'ubuntu-24.04' })).toEqual({
      perMonthKopecks: 5_184_00,
      perHourKopecks: 7_20,
      firstDayKopecks: 172_80,
    })
  })
})

describe('the price of a dedicated server', () => {
  const order = { modelId: 'm-1', periodMonths: 1, os: 'ubuntu-24.04' } as const

  it('is the model’s monthly price for a month', () => {
    expect(dedicatedServerPrice(catalogue(), order)).toEqual({ listPerMonthKopecks: 8_900_00, periodDiscountPercent: 0, perMonthKopecks: 8_900_00, periodKopecks: 8_900_00 })
  })

  it.each([
    [3, 5, 8_455_00],
    [6, 10, 8_010_00],
    [12, 15, 7_565_00],
  ] as const)('takes the discount of %i months (%i%%) off each month, and the period costs that many months', (periodMonths, discount, perMonth) => {
    expect(dedicatedServerPrice(catalogue(), { ...order, periodMonths })).toEqual({
      listPerMonthKopecks: 8_900_00,
      periodDiscountPercent: discount,
      perMonthKopecks: perMonth,
      periodKopecks: perMonth * periodMonths,
    })
  })

  it('adds the OS licence to the list price', () => {
    expect(dedicatedServerPrice(catalogue(), { ...order, os: 'windows-2022' })).toMatchObject({ listPerMonthKopecks: 10_400_00, perMonthKopecks: 10_400_00 })
  })

  it('takes the personal discount after the period’s, rounding each to a kopeck', () => {
    // 8 900 ₽ less 5% = 8 455 ₽, less 10% = 7 609.50 ₽ a month; three of them.
    expect(dedicatedServerPrice(catalogue(10), { ...order, periodMonths: 3 })).toMatchObject({ perMonthKopecks: 7_609_50, periodKopecks: 22_828_50 })
    // 8 900 ₽ less 15% = 7 565 ₽, less 7% = 7 035.45 ₽.
    expect(dedicatedServerPrice(catalogue(7), { ...order, periodMonths: 12 })).toMatchObject({ perMonthKopecks: 7_035_45 })
  })

  it('has no price for a model, a period or an OS the catalogue does not know', () => {
    expect(dedicatedServerPrice(catalogue(), { ...order, modelId: 'm-2' })).toBeNull()
    expect(dedicatedServerPrice(catalogue(), { ...order, periodMonths: 2 })).toBeNull()
    expect(dedicatedServerPrice(catalogue(), { ...order, os: 'freebsd' as 'debian-12' })).toBeNull()
  })
})

describe('hourly billing and what a balance lacks', () => {
  it.each([
    [720_00, 1_00],
    [5_184_00, 7_20],
    [9_990_00, 13_88],
    [359, 0],
  ])('charges %i kopecks a month as %i kopecks an hour (a 720th, rounded)', (perMonth, perHour) => {
    expect(hourlyPriceKopecks(perMonth)).toBe(perHour)
  })

  it('says how much is missing, nothing when the balance covers it, and counts a debt as nothing available', () => {
    expect(missingKopecks(100_00, 250_00)).toBe(150_00)
    expect(missingKopecks(250_00, 250_00)).toBe(0)
    expect(missingKopecks(300_00, 250_00)).toBe(0)
    expect(missingKopecks(-50_00, 250_00)).toBe(250_00)
  })

  it.each([
    [100_00, 20_00, 120_00],
    [0, 20_00, 20_00],
    [-50_00, 20_00, 20_00],
  ])('lets a balance of %i kopecks of money and %i of bonuses pay %i kopecks (a debt pays nothing)', (money, bonus, available) => {
    expect(balanceAvailableKopecks(money, bonus)).toBe(available)
  })
})
