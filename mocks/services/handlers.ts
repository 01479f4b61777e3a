// Connected services: the list, a service with its cost this month, stop/start/delete, the price
// catalogue and the two orders (orders.ts). Every user of the account sees and manages them; a
// service of another account is 404. Their life on the mock clock (creating → active, hourly
// charges, renewals, suspension) is settled on every read by the charger (mocks/balance/charges.ts
// with lifecycle.ts), so every endpoint sees the same state.
import type { CloudServerOrder, DedicatedServerOrder } from '@/api/types'
import { hourlyPriceKopecks, missingKopecks } from '@/validation/rules'
import { http } from '../kernel/api'
import { withAuth, type AuthContext } from '../kernel/auth'
import { now } from '../kernel/clock'
import { updateDb } from '../kernel/db'
import { problem, type ProblemResponse } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbAccount, DbService, DbState } from '../kernel/schema'
import { moscowMonthStart } from '../kernel/billingTime'
import { catalogueFor } from './catalogue'
import { availableKopecks, payPeriod, periodKopecksOf } from './lifecycle'
import { orderCloudServer, orderDedicatedServer } from './orders'
import { serviceToWire } from './service'
import { compareIso } from '../kernel/order'

/** What the service has cost since this month began (Moscow time): its charges in the history. */
export function monthToDateKopecks(db: DbState, accountId: string, serviceId: string, at: number): number {
  const from = moscowMonthStart(at)
  const charged = db.transactions
    .filter((t) => t.accountId === accountId && t.serviceId === serviceId && t.status === 'credited' && (t.operation === 'charge' || t.operation === 'refund') && Date.parse(t.at) >= from && Date.parse(t.at) <= at)
    .reduce((sum, t) => sum - t.amountKopecks, 0)
  return Math.max(0, charged)
}

/** Newest first (of two ordered at the same moment, the one added later). */
function newestFirst(services: readonly DbService[]): DbService[] {
  return services
    .map((service, index) => ({ service, index }))
    .sort((a, b) => compareIso(b.service.since, a.service.since) || b.index - a.index)
    .map(({ service }) => service)
}

/** Runs `change` on the account's service `id` (everything due already settled); 404 otherwise. */
function withService(ctx: AuthContext, id: string, change: (db: DbState, account: DbAccount, service: DbService) => Response): Response {
  return updateDb((db) => {
    const account = db.accounts.find((a) => a.id === ctx.account.id)
    const service = account?.services?.find((s) => s.id === id)
    if (!account || !service) return problem(404, 'service.notFound')
    return change(db, account, service)
  })
}

function stop(service: DbService): ProblemResponse | null {
  if (service.status === 'creating') return problem(409, 'service.creating')
  if (service.status !== 'active') return problem(409, 'service.notActive')
  service.status = 'stopped'
  service.stoppedReason = 'user'
  service.chargedUntil = new Date(now()).toISOString()
  return null
}

/**
 * A stopped service runs again when its balance can pay: an hour of an hourly one, or, for a
 * prepaid server whose period has ended meanwhile, the next period (debited now).
 */
function start(db: DbState, account: DbAccount, service: DbService): ProblemResponse | null {
  if (service.status !== 'stopped') return problem(409, 'service.notStopped')
  const at = now()
  const available = availableKopecks(account.balances[service.type])
  const periodEnded = service.paidUntil !== null && Date.parse(service.paidUntil) <= at
  const needed = service.paidUntil === null ? hourlyPriceKopecks(service.pricePerMonthKopecks) : periodEnded ? periodKopecksOf(service) : 0
  const missing = missingKopecks(available, needed)
  if (missing > 0) return problem(402, 'service.insufficientBalance', { missingKopecks: missing })
  if (periodEnded) payPeriod(db, account, service, at)
  service.status = 'active'
  service.stoppedReason = null
  service.chargedUntil = new Date(at).toISOString()
  return null
}

export const servicesHandlers = [
  http.get(
    '/services',
    withAuth(({ response, ctx }) => response(200).json({ items: newestFirst(ctx.account.services ?? []).map(serviceToWire) })),
  ),

  // Before /services/{id}, which the same path would match.
  http.get(
    '/services/catalogue',
    withAuth(({ response, ctx }) => response(200).json(catalogueFor(ctx.account))),
  ),

  http.post(
    '/services/cloud-servers',
    withAuth(async ({ request, ctx }) => orderCloudServer(ctx, request, (await readJson<CloudServerOrder>(request)) ?? {})),
  ),

  http.post(
    '/services/dedicated-servers',
    withAuth(async ({ request, ctx }) => orderDedicatedServer(ctx, request, (await readJson<DedicatedServerOrder>(request)) ?? {})),
  ),

  http.get(
    '/services/{id}',
    withAuth(({ response, params, ctx }) => {
      const service = (ctx.account.services ?? []).find((s) => s.id === String(params.id))
      if (!service) return problem(404, 'service.notFound')
      return response(200).json({ service: serviceToWire(service), monthToDateKopecks: monthToDateKopecks(ctx.db, ctx.account.id, service.id, now()) })
    }),
  ),

  http.delete(
    '/services/{id}',
    withAuth(({ response, params, ctx }) =>
      withService(ctx, String(params.id), (_db, account, service) => {
        if (service.status === 'creating') return problem(409, 'service.creating')
        // Its past charges stay in the history; a prepaid period is not refunded.
        account.services = (account.services ?? []).filter((s) => s !== service)
        return response(204).empty()
      }),
    ),
  ),

  http.post(
    '/services/{id}/stop',
    withAuth(({ response, params, ctx }) => withService(ctx, String(params.id), (_db, _account, service) => stop(service) ?? response(200).json(serviceToWire(service)))),
  ),

  http.post(
    '/services/{id}/start',
    withAuth(({ response, params, ctx }) => withService(ctx, String(params.id), (db, account, service) => start(db, account, service) ?? response(200).json(serviceToWire(service)))),
  ),
]
