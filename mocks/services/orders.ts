// Ordering a cloud or a dedicated server: the order form's own rules (the same yup schemas, so a
// bad field gets the form's message: limits, name format, a name already used in the account, a
// model out of stock), the price from the catalogue with the one pricing function the form uses,
// and the balance that pays. A cloud server is paid by the hour, so its balance must cover the
// first day; a dedicated server's whole period is debited at once. Everything happens in one
// write under the request's Idempotency-Key: a double click or a retry orders once, and a refusal
// (402, 422) changes nothing.
import type { BillingPeriodMonths, CloudServerOrder, DedicatedServerOrder, Service } from '@/api/types'
import { cloudServerPrice, dedicatedServerPrice, missingKopecks } from '@/validation/rules'
import type { AuthContext } from '../kernel/auth'
import { now } from '../kernel/clock'
import { loadSchemas } from '../kernel/formSchemas'
import { once } from '../kernel/idempotency'
import { newId } from '../kernel/ids'
import { problem, validationProblem } from '../kernel/problems'
import { DELAYS_MS } from '../kernel/qaSettings'
import type { DbAccount, DbService, DbState } from '../kernel/schema'
import { catalogueFor } from './catalogue'
import { availableKopecks, payPeriod } from './lifecycle'
import { serviceToWire } from './service'

type NewService = Pick<DbService, 'name' | 'type' | 'configuration' | 'pricePerMonthKopecks'>

/** A new service of `account`: "Creating" until the QA delay `serviceCreate` has passed. */
function createService(account: DbAccount, fields: NewService, at: number): DbService {
  const service: DbService = {
    id: newId('svc'),
    ...fields,
    status: 'creating',
    stoppedReason: null,
    since: new Date(at).toISOString(),
    readyAt: new Date(at + DELAYS_MS.serviceCreate).toISOString(),
    paidUntil: null,
    chargedUntil: new Date(at).toISOString(),
  }
  ;(account.services ??= []).push(service)
  return service
}

function accountIn(db: DbState, ctx: AuthContext): DbAccount | undefined {
  return db.accounts.find((a) => a.id === ctx.account.id)
}

const namesOf = (account: DbAccount) => () => (account.services ?? []).map((s) => s.name)

const insufficient = (missing: number) => problem(402, 'service.insufficientBalance', { missingKopecks: missing })

export async function orderCloudServer(ctx: AuthContext, request: Request, body: Partial<CloudServerOrder>): Promise<Response> {
  const { cloudServerOrderSchema, fieldErrorsOfSync } = await loadSchemas()
  return once(ctx, request, 'services.orderCloudServer', body, (db) => {
    const account = accountIn(db, ctx)
    if (!account) return problem(401, 'auth.unauthenticated')
    const schema = cloudServerOrderSchema(namesOf(account))
    const errors = fieldErrorsOfSync(schema, body)
    if (errors) return validationProblem(errors)
    // The rules have checked every field; the cast trims the name.
    const order = schema.cast(body) as CloudServerOrder
    const price = cloudServerPrice(catalogueFor(account), order)
    if (!price) return validationProblem({ region: 'validation.oneOf' })
    const missing = missingKopecks(availableKopecks(account.balances.cloud), price.firstDayKopecks)
    if (missing > 0) return insufficient(missing)

    const { name, region, vcpu, ramGb, diskType, diskGb, image } = order
    const service = createService(account, { name, type: 'cloud', configuration: { kind: 'cloud', region, vcpu, ramGb, diskType, diskGb, image }, pricePerMonthKopecks: price.perMonthKopecks }, now())
    const result: Service = serviceToWire(service)
    return { status: 201, body: result }
  })
}

export async function orderDedicatedServer(ctx: AuthContext, request: Request, body: Partial<DedicatedServerOrder>): Promise<Response> {
  const { dedicatedServerOrderSchema, fieldErrorsOfSync } = await loadSchemas()
  return once(ctx, request, 'services.orderDedicatedServer', body, (db) => {
    const account = accountIn(db, ctx)
    if (!account) return problem(401, 'auth.unauthenticated')
    const catalogue = catalogueFor(account)
    const schema = dedicatedServerOrderSchema(() => catalogue.dedicated.models, namesOf(account))
    const errors = fieldErrorsOfSync(schema, body)
    if (errors) return validationProblem(errors)
    const order = schema.cast(body) as DedicatedServerOrder
    const model = catalogue.dedicated.models.find((m) => m.id === order.modelId)
    const price = dedicatedServerPrice(catalogue, order)
    if (!model || !price) return validationProblem({ modelId: 'validation.oneOf' })
    const missing = missingKopecks(availableKopecks(account.balances.dedicated), price.periodKopecks)
    if (missing > 0) return insufficient(missing)

    const at = now()
    const { cpu, cores, ramGb, disks } = model
    const service = createService(
      account,
      {
        name: order.name,
        type: 'dedicated',
        configuration: { kind: 'dedicated', location: order.location, modelId: model.id, cpu, cores, ramGb, disks: { ...disks }, os: order.os, periodMonths: order.periodMonths as BillingPeriodMonths },
        pricePerMonthKopecks: price.perMonthKopecks,
      },
      at,
    )
    // The whole period, from the order on (money first, then bonuses).
    payPeriod(db, account, service, at)
    const result: Service = serviceToWire(service)
    return { status: 201, body: result }
  })
}
