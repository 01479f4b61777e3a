// Per-user panel settings: language, theme and saved UI state (filters, order-form drafts).
import { http, HttpResponse } from 'msw'
import type { SettingsPatch, UserSettings } from '@/api/types'
import { fieldErrorsOf, settingsPatchSchema } from '@/validation/schemas'
import { updateDb } from '../db'
import { API, authenticate, readJson, validationProblem } from '../http'

function settingsOf(userId: string, update: (settings: UserSettings) => void = () => {}): UserSettings {
  return updateDb((db) => {
    const user = db.users.find((u) => u.id === userId)!
    update(user.settings)
    return user.settings
  })
}

export const settingsHandlers = [
  http.get(`${API}/settings`, ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    return HttpResponse.json(ctx.user.settings)
  }),

  http.patch(`${API}/settings`, async ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    const body = (await readJson<SettingsPatch>(request)) ?? {}
    const errors = await fieldErrorsOf(settingsPatchSchema, body)
    if (errors) return validationProblem(errors)
    const updated = settingsOf(ctx.user.id, (settings) => {
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

  // "User settings → Reset": every saved filter and order-form draft goes.
  http.delete(`${API}/settings/ui-state`, ({ request }) => {
    const ctx = authenticate(request)
    if (ctx instanceof Response) return ctx
    return HttpResponse.json(settingsOf(ctx.user.id, (settings) => (settings.uiState = {})))
  }),
]
