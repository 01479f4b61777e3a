// Per-user panel settings: language, theme and saved UI state (filters, order-form drafts).
import type { SettingsPatch, UserSettings } from '@/api/types'
import { fieldErrorsOf, settingsPatchSchema } from '@/validation/schemas'
import { http } from '../kernel/api'
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
    '/settings',
    withAuth(({ response, ctx }) => response(200).json(ctx.user.settings)),
  ),

  http.patch(
    '/settings',
    withAuth(async ({ response, request, ctx }) => {
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
      return response(200).json(updated)
    }),
  ),

  // "User settings → Reset": every saved filter and order-form draft goes.
  http.delete(
    '/settings/ui-state',
    withAuth(({ response, ctx }) => response(200).json(changeSettings(ctx.user.id, (settings) => (settings.uiState = {})))),
  ),
]
