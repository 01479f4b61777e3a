// What a service costs, from the price catalogue the API serves (GET /services/catalogue). The
// order forms show these prices as the configuration changes and the mock API charges exactly them,
// so the two can never disagree. All amounts are integer kopecks; each step rounds to a kopeck.
import type { BillingPeriodMonths, CloudServerOrder, DedicatedServerOrder, ServiceCatalogue } from '@/api/types'

/** A month of hourly billing: what a month's price is divided into (30 days × 24 hours). */
export const HOURS_PER_MONTH = 720

/** The hourly price of a monthly one, in whole kopecks (what each hourly charge takes). */
export function hourlyPriceKopecks(pricePerMonthKopecks: number): number {
  return Math.round(pricePerMonthKopecks / HOURS_PER_MONTH)
}

/** `kopecks` less `percent` (null or 0: unchanged), rounded to a kopeck. */
export function discounted(kopecks: number, percent: number | null | undefined): number {
  return percent ? Math.round((kopecks * (100 - percent)) / 100) : kopecks
}

export interface CloudServerPrice {
  /** What a month costs after the personal discount. */
  perMonthKopecks: number
  /** What each hourly charge takes. */
  perHourKopecks: number
  /** 24 hourly charges: what the Cloud servers balance must hold to order it. */
  firstDayKopecks: number
}

type CloudPriced = Pick<CloudServerOrder, 'region' | 'vcpu' | 'ramGb' | 'diskType' | 'diskGb' | 'image'>

/**
 * The price of a cloud server: vCPU, RAM and disk at the catalogue's unit prices, times the region's
 * percentage, plus the image's licence, less the personal discount. Null when the catalogue does
 * not know the region or the image (the form then shows no price).
 */
export function cloudServerPrice(catalogue: ServiceCatalogue, order: CloudPriced): CloudServerPrice | null {
  const region = catalogue.regions.find((r) => r.id === order.region)
  const image = catalogue.images.find((i) => i.id === order.image)
  if (!region || !image) return null
  const { cloud } = catalogue
  const resources = order.vcpu * cloud.vcpuPerMonthKopecks + order.ramGb * cloud.ramGbPerMonthKopecks + order.diskGb * cloud.diskGbPerMonthKopecks[order.diskType]
  const listPrice = Math.round((resources * region.pricePercent) / 100) + image.licensePerMonthKopecks
  const perMonthKopecks = discounted(listPrice, catalogue.discountPercent)
  const perHourKopecks = hourlyPriceKopecks(perMonthKopecks)
  return { perMonthKopecks, perHourKopecks, firstDayKopecks: perHourKopecks * 24 }
}

export interface DedicatedServerPrice {
  /** The list price of a month (the model and the OS licence), before any discount. */
  listPerMonthKopecks: number
  /** The billing period's discount in percent. */
  periodDiscountPercent: number
  /** A month after the period's and the personal discount. */
  perMonthKopecks: number
  /** The whole period, paid at once when it is ordered and at each renewal. */
  periodKopecks: number
}

type DedicatedPriced = Pick<DedicatedServerOrder, 'modelId' | 'periodMonths' | 'os'>

/**
 * The price of a dedicated server: the model's monthly price plus the OS licence, less the billing
 * period's discount, then the personal discount; the period costs that many months. Null when the
 * catalogue does not know the model, the period or the OS.
 */
export function dedicatedServerPrice(catalogue: ServiceCatalogue, order: DedicatedPriced): DedicatedServerPrice | null {
  const model = catalogue.dedicated.models.find((m) => m.id === order.modelId)
  const period = catalogue.dedicated.periods.find((p) => p.months === order.periodMonths)
  const image = catalogue.images.find((i) => i.id === order.os)
  if (!model || !period || !image) return null
  const listPerMonthKopecks = model.pricePerMonthKopecks + image.licensePerMonthKopecks
  const perMonthKopecks = discounted(discounted(listPerMonthKopecks, period.discountPercent), catalogue.discountPercent)
  return { listPerMonthKopecks, periodDiscountPercent: period.discountPercent, perMonthKopecks, periodKopecks: perMonthKopecks * (order.periodMonths as BillingPeriodMonths) }
}

/**
 * What a balance can pay a service with: its money and its bonuses (bonuses are spent after the
 * money), a debt counting as no money. The order forms show it and the mock API charges by it.
 */
export function balanceAvailableKopecks(moneyKopecks: number, bonusKopecks: number): number {
  return Math.max(0, moneyKopecks) + bonusKopecks
}

/** How much `availableKopecks` lacks to pay `neededKopecks` (0 when it covers it). */
export function missingKopecks(availableKopecks: number, neededKopecks: number): number {
  return Math.max(0, neededKopecks - Math.max(0, availableKopecks))
}
