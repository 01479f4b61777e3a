// Services as the API shows them, and what the home page says about them.
import type { HomeSummary, Service } from '@/api/types'
import type { DbAccount, DbService } from '../kernel/schema'

export function serviceToWire(service: DbService): Service {
  const { id, name, type, status, stoppedReason, configuration, pricePerMonthKopecks, since, readyAt, paidUntil } = service
  return { id, name, type, status, stoppedReason, configuration, pricePerMonthKopecks, since, readyAt, paidUntil }
}

export function servicesSummaryOf(account: DbAccount): HomeSummary['services'] {
  const services = account.services ?? []
  return {
    total: services.length,
    active: services.filter((s) => s.status === 'active').length,
    creating: services.filter((s) => s.status === 'creating').length,
    suspended: services.filter((s) => s.status === 'stopped' && s.stoppedReason === 'balance').map(({ id, name, type }) => ({ id, name, type })),
  }
}
