// Errors as RFC 9457 problem details: a stable `code` the client words in the user's language,
// per-field codes on 422. Never a stack trace.
import { HttpResponse } from 'msw'
import type { ProblemDetails } from '@/api/types'

export function problem(status: number, code: string, extra: Partial<ProblemDetails> = {}, headers?: Record<string, string>) {
  const body: ProblemDetails = {
    type: `https://panel.example/problems/${code.replace(/\./g, '-')}`,
    title: code,
    status,
    code,
    ...extra,
  }
  return HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } })
}

/** 422 with per-field error codes (i18n keys under `validation.`). */
export function validationProblem(errors: Record<string, string>) {
  return problem(422, 'validation.failed', { errors })
}

export type ProblemResponse = ReturnType<typeof problem>
