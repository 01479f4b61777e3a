// Balances: the overview with forecasts. Services are charged hourly on the mock clock on every
// read of the data (a settler), so every endpoint and tab sees the same balances.
import { http } from '../kernel/api'
import { withAuth } from '../kernel/auth'
import { registerDbSettler } from '../kernel/db'
import { chargeRunningServices } from './charges'
import { overviewOf } from './service'

registerDbSettler((db, now) => chargeRunningServices(db, now))

export const balanceHandlers = [http.get('/balance', withAuth(({ response, ctx }) => response(200).json(overviewOf(ctx.account))))]
