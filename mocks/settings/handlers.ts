// Per-user panel settings: language, theme and saved UI state (filters, order-form drafts).
import type { SettingsPatch, UiState, UserSettings } from '@/api/types'
import { http } from '../kernel/api'
import { withAuth } from '../kernel/auth'
import { updateDb } from '../kernel/db'
import { loadSchemas } from '../kernel/formSchemas'
import { MAX_BODY_BYTES } from '../kernel/pipeline'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'

/**
 * A user's saved UI state as a whole, at most (filters and drafts take a few KiB): a write that
 * would grow it past this gets 413, so many small writes cannot fill the storage either.
 */
const MAX_UI_STATE_BYTES = MAX_BODY_BYTES

/** The user's settings after `update`, or null when it refused (then nothing changes). */
function changeSettings(userId: string, update: (settings: UserSettings) => boolean | void): UserSettings | null {
  return updateDb((db) => {
    const user = db.users.find((u) => u.id === userId)!
    return update(user.settings) === false ? null : user.settings
  })
}

/** UI state is merged by key (null removes one), so two features saving at once do not overwrite each other. */
function mergedUiState(current: UiState, patch: UiState): UiState {
  const merged = new Map(Object.entries(current))
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) merged.delete(key)
    else merged.set(key, value)
  }
  return Object.fromEntries(merged)
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
      const { fieldErrorsOf, settingsPatchSchema } = await loadSchemas()
      const errors = await fieldErrorsOf(settingsPatchSchema, body)
      if (errors) return validationProblem(errors)
      const updated = changeSettings(ctx.user.id, (settings) => {
        if (body.uiState) {
          const uiState = mergedUiState(settings.uiState, body.uiState)
          if (new TextEncoder().encode(JSON.stringify(uiState)).length > MAX_UI_STATE_BYTES) return false
          settings.uiState = uiState
        }
        if (body.language !== undefined) settings.language = body.language
        if (body.theme !== undefined) settings.theme = body.theme
      })
      return updated ? response(200).json(updated) : problem(413, 'request.tooLarge')
    }),
  ),

  // "User settings → Reset": every saved filter and order-form draft goes.
  http.delete(
    '/settings/ui-state',
    withAuth(({ response, ctx }) => {
      const reset = changeSettings(ctx.user.id, (settings) => void (settings.uiState = {}))!
      return response(200).json(reset)
    }),
  ),
]
