// Idempotency keys for operations that move money: the client sends `Idempotency-Key` (one per
// submission, repeated on a retry), and a repeated key answers exactly what the first request
// answered, without paying or transferring twice. The same key with another body is 409. Keys are
// per user and kept for a day of the mock clock.
import { HttpResponse } from 'msw'
import type { AuthContext } from './auth'
import { now, nowIso } from './clock'
import { updateDb } from './db'
import { problem, validationProblem } from './problems'
import type { DbState } from './schema'

const KEPT_MS = 24 * 3_600_000

export function idempotencyKey(request: Request): string {
  return request.headers.get('Idempotency-Key')?.trim() ?? ''
}

function forget(db: DbState, at: number): void {
  db.idempotency = db.idempotency.filter((r) => Date.parse(r.createdAt) > at - KEPT_MS)
}

export interface IdempotentResult {
  status: number
  body: unknown
}

/**
 * Runs `perform` once per (user, key): inside one write, so two requests with the same key cannot
 * both pay. `perform` returns the status and body to answer (and to replay for the same key); a
 * problem it answers (4xx/5xx) is not remembered, so a corrected retry with the same key works.
 */
export function once(ctx: AuthContext, request: Request, operation: string, body: unknown, perform: (db: DbState) => IdempotentResult | Response): Response {
  const key = idempotencyKey(request)
  // Without a key (the contract requires one, 8–100 characters) two payments could not be told apart.
  if (key.length < 8 || key.length > 100) return validationProblem({ 'Idempotency-Key': key ? 'validation.invalid' : 'validation.required' })
  const fingerprint = JSON.stringify(body ?? null)
  return updateDb((db) => {
    forget(db, now())
    const seen = db.idempotency.find((r) => r.key === key && r.userId === ctx.user.id)
    if (seen) {
      if (seen.operation !== operation || seen.fingerprint !== fingerprint) return problem(409, 'request.idempotencyMismatch')
      return HttpResponse.json(seen.body as object, { status: seen.status, headers: { 'Idempotent-Replayed': 'true' } })
    }
    const result = perform(db)
    if (result instanceof Response) return result
    db.idempotency.push({ key, userId: ctx.user.id, operation, fingerprint, status: result.status, body: result.body, createdAt: nowIso() })
    return HttpResponse.json(result.body as object, { status: result.status })
  })
}
