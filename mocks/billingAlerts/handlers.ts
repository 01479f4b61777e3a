// "Notifications" of Balance and payments: the account's low-balance alert (every user reads it,
// the main administrator changes it) and the settler that mails when a balance falls below it.
import type { BalanceAlertSettings } from '@/api/types'
// Imported first so that its settler (the hourly charges) is registered, and runs, before this
// one: a charge that crosses the threshold is alerted in the same read.
import '../balance/handlers'
import { http } from '../kernel/api'
import { withAdmin, withAuth } from '../kernel/auth'
import { registerDbSettler, updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import { alertsView, checkLowBalances, saveAlertSettings } from './service'

registerDbSettler(checkLowBalances)

export const balanceAlertsHandlers = [
  http.get(
    '/billing/notifications',
    withAuth(({ response, ctx }) => response(200).json(alertsView(ctx.db, ctx.user))),
  ),

  http.put(
    '/billing/notifications',
    withAdmin(async ({ response, request, ctx }) => {
      // The contract has checked the shape (every field, integers); the schema checks the rules.
      const body = (await readJson<BalanceAlertSettings>(request)) ?? {}
      const { fieldErrorsOf, balanceAlertsSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(balanceAlertsSchema, body)
      if (errors) return validationProblem(errors)
      const view = updateDb((db) => {
        saveAlertSettings(db, ctx.account.id, body as BalanceAlertSettings)
        return alertsView(db, ctx.user)
      })
      return response(200).json(view)
    }),
  ),
]
