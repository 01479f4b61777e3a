// Errors as RFC 9457 problem details: a stable `code` the client words in the user's language,
// per-field codes on 422. Never a stack trace.
import { HttpResponse } from 'msw'
import type { components } from '@/api/generated/openapi'

/** The contract's problem: its `code` is one of the codes openapi/ lists (a type error otherwise). */
export type ContractProblem = components['schemas']['ProblemDetails']
export type ProblemCode = components['schemas']['ProblemCode']

export function problem(status: number, code: ProblemCode, extra: Partial<ContractProblem> = {}, headers?: Record<string, string>) {
  const body: ContractProblem = {
    type: `https://panel.example/problems/${code.replace(/\./g, '-')}`,
    title: code,
    status,
    code,
    ...extra,
  }
  return HttpResponse.json<ContractProblem>(body, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } })
}

/** 422 with per-field error codes (i18n keys under `validation.`). */
export function validationProblem(errors: Record<string, string>) {
  return problem(422, 'validation.failed', { errors })
}

export type ProblemResponse = ReturnType<typeof problem>
