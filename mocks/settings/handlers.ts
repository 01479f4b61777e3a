// Per-user panel settings: language, theme and saved UI state (filters, order-form drafts).
import { http, HttpResponse } from 'msw'
import type { SettingsPatch, UserSettings } from '@/api/types'
import { fieldErrorsOf, settingsPatchSchema } from '@/validation/schemas'
import { API } from '../kernel/api'
import { withAuth } from '../kernel/auth'
import { updateDb } from '../kernel/db'
import { validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'

function changeSettings(userId: string, update: (settings: UserSettings) => void): UserSettings {
  return updateDb((db) => {
    const user = db.users.find((u) => u.id === userId)!
    update(user.settings)
    return user.settings
  })
}

export const settingsHandlers = [
  http.get(
    `${API}/settings`,
    withAuth(({ ctx }) => HttpResponse.json(ctx.user.settings)),
  ),

  http.patch(
    `${API}/settings`,
    withAuth(async ({ request, ctx }) => {
      const body = (await readJson<SettingsPatch>(request)) ?? {}
      const errors = await fieldErrorsOf(settingsPatchSchema, body)
      if (errors) return validationProblem(errors)
      const updated = changeSettings(ctx.user.id, (settings) => {
        if (body.language !== undefined) settings.language = body.language
        if (body.theme !== undefined) settings.theme = body.theme
        // UI state is merged by key, so two features saving at once do not overwrite each other.
        if (body.uiState) {
          for (const [key, value] of Object.entries(body.uiState)) {
            if (value === null) delete settings.uiState[key]
            else settings.uiState[key] = value
          }
        }
      })
      return HttpResponse.json(updated)
    }),
  ),

  // "User settings → Reset": every saved filter and order-form draft goes.
  http.delete(
    `${API}/settings/ui-state`,
    withAuth(({ ctx }) => HttpResponse.json(changeSettings(ctx.user.id, (settings) => (settings.uiState = {})))),
  ),
]
