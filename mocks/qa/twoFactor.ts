// QA's "Two-step codes" section: what each user's authenticator app shows now (the mock clock's).
//   GET /__qa/two-factor → [{userId, email, code, secondsLeft}] for the users with two-step on;
//   `secondsLeft` is what remains of the code's 30-second step.
import { http, HttpResponse } from 'msw'
import { now } from '../kernel/clock'
import { readDb } from '../kernel/db'
import { guarded } from '../kernel/guard'
import type { DbState } from '../kernel/schema'
import { loadOtpauth, totpCodeAt } from '../security/twoFactor'
import { QA_PATH } from './path'

const STEP_MS = 30_000

export interface QaTwoFactorCode {
  userId: string
  email: string
  code: string
  secondsLeft: number
}

export function twoFactorCodesOf(db: DbState, at: number): QaTwoFactorCode[] {
  const secondsLeft = Math.ceil((STEP_MS - (at % STEP_MS)) / 1000)
  return db.users.flatMap((user) => (user.twoFactor ? [{ userId: user.id, email: user.email, code: totpCodeAt(user.twoFactor.secret, at), secondsLeft }] : []))
}

export const twoFactorHandlers = [
  http.get(
    `${QA_PATH}/two-factor`,
    guarded(async () => {
      await loadOtpauth()
      return HttpResponse.json(twoFactorCodesOf(readDb(), now()))
    }),
  ),
]
