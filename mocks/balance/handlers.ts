// Balances: the overview with forecasts, and transfers between balances (transfers.ts; the main
// administrator and a user may both transfer). Services are charged hourly on the mock clock on
// every read of the data (a settler), so every endpoint and tab sees the same balances.
import type { TransferRequest } from '@/api/types'
import { http } from '../kernel/api'
import { withAuth } from '../kernel/auth'
import { registerDbSettler } from '../kernel/db'
import { readJson } from '../kernel/request'
import { chargeRunningServices } from './charges'
import { overviewOf } from './service'
import { makeTransfer } from './transfers'

registerDbSettler((db, now) => chargeRunningServices(db, now))

export const balanceHandlers = [
  http.get('/balance', withAuth(({ response, ctx }) => response(200).json(overviewOf(ctx.account)))),
  http.post(
    '/balance/transfers',
    withAuth(async ({ request, ctx }) => makeTransfer(ctx, request, (await readJson<TransferRequest>(request)) ?? {})),
  ),
]
