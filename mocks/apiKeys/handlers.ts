// The API keys tab: each person lists and manages their own keys. Listing works with a key too
// (a script may check its own expiry); everything that makes, changes or removes a key needs a
// session (withSession), so a leaked key cannot mint itself a successor. Secrets are hashed
// before updateDb (async Web Crypto), and answered once, by create and rotate.
import type { ApiKeyCreate, ApiKeySecret, ApiKeyUpdate } from '@/api/types'
import { http } from '../kernel/api'
import { withAuth, withSession } from '../kernel/auth'
import { clientOriginOf } from '../kernel/clientAddress'
import { now } from '../kernel/clock'
import { updateDb } from '../kernel/db'
import { loadSchemas, type FormSchemas } from '../kernel/formSchemas'
import { newId } from '../kernel/ids'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbApiKey } from '../kernel/schema'
import { apiKeyView, expiresAtOf, keyStatus, nameTaken, newSecret, ownKey, ROTATION_GRACE_MS, storedSecret } from './service'
import { compareIso } from '../kernel/order'

const nameTakenProblem = () => validationProblem({ name: 'validation.apiKeyNameTaken' })

/** The body's field errors, the first per field: an entry of the address list is the list's field (the form has one). */
async function errorsOf(pick: (schemas: FormSchemas) => Parameters<FormSchemas['fieldErrorsOf']>[0], body: unknown) {
  const schemas = await loadSchemas()
  const errors = await schemas.fieldErrorsOf(pick(schemas), body)
  if (!errors) return null
  const byField: Record<string, string> = {}
  for (const [path, code] of Object.entries(errors)) byField[path.replace(/\[\d+\]$/, '')] ??= code
  return byField
}

export const apiKeysHandlers = [
  http.get(
    '/api-keys',
    withAuth(({ response, request, ctx }) => {
      const at = now()
      const items = ctx.db.apiKeys
        .filter((k) => k.userId === ctx.user.id)
        .sort((a, b) => compareIso(b.createdAt, a.createdAt))
        .map((k) => apiKeyView(k, at))
      return response(200).json({ items, callerIp: clientOriginOf(request).ip })
    }),
  ),

  http.post(
    '/api-keys',
    withSession(async ({ response, request, ctx }) => {
      const body = (await readJson<ApiKeyCreate>(request)) ?? {}
      const errors = await errorsOf((schemas) => schemas.apiKeyCreateSchema, body)
      if (errors) return validationProblem(errors)
      const name = String(body.name).trim()
      const secret = newSecret()
      const stored = await storedSecret(secret)
      const at = now()
      return updateDb((db) => {
        if (nameTaken(db, ctx.user.id, name)) return nameTakenProblem()
        const key: DbApiKey = {
          id: newId('key'),
          userId: ctx.user.id,
          name,
          access: body.access!,
          ...stored,
          allowedIps: (body.allowedIps ?? []).map((entry) => entry.trim()),
          createdAt: new Date(at).toISOString(),
          expiresAt: expiresAtOf(body.expiry!, at),
          enabled: true,
          lastUsedAt: null,
          lastUsedIp: null,
          previous: null,
        }
        db.apiKeys.push(key)
        const created: ApiKeySecret = { key: apiKeyView(key, at), secret }
        return response(201).json(created)
      })
    }),
  ),

  http.patch(
    '/api-keys/{id}',
    withSession(async ({ response, request, params, ctx }) => {
      const body = (await readJson<ApiKeyUpdate>(request)) ?? {}
      const errors = await errorsOf((schemas) => schemas.apiKeyUpdateSchema, body)
      if (errors) return validationProblem(errors)
      const at = now()
      return updateDb((db) => {
        const key = ownKey(db, ctx.user.id, params.id)
        if (!key) return problem(404, 'apiKeys.notFound')
        if (body.name !== undefined) {
          const name = body.name.trim()
          if (nameTaken(db, ctx.user.id, name, key.id)) return nameTakenProblem()
          key.name = name
        }
        if (body.enabled !== undefined) key.enabled = body.enabled
        return response(200).json(apiKeyView(key, at))
      })
    }),
  ),

  http.delete(
    '/api-keys/{id}',
    withSession(({ response, params, ctx }) =>
      updateDb((db) => {
        const key = ownKey(db, ctx.user.id, params.id)
        if (!key) return problem(404, 'apiKeys.notFound')
        // Its previous secret goes with it: nothing is left to match.
        db.apiKeys = db.apiKeys.filter((k) => k !== key)
        return response(204).empty()
      }),
    ),
  ),

  http.post(
    '/api-keys/{id}/rotate',
    withSession(async ({ response, params, ctx }) => {
      const secret = newSecret()
      const stored = await storedSecret(secret)
      const at = now()
      return updateDb((db) => {
        const key = ownKey(db, ctx.user.id, params.id)
        if (!key) return problem(404, 'apiKeys.notFound')
        // A key that cannot be used now would hand out a secret that cannot be used either.
        if (keyStatus(key, at) !== 'active') return problem(409, 'apiKeys.notActive')
        // Only the secret just replaced gets the grace period: an older one stops at once.
        key.previous = { secretHash: key.secretHash, validUntil: new Date(at + ROTATION_GRACE_MS).toISOString() }
        Object.assign(key, stored)
        const rotated: ApiKeySecret = { key: apiKeyView(key, at), secret }
        return response(200).json(rotated)
      })
    }),
  ),
]
