// QA's "Persona" section: every user of the data (seeded and registered) by account, and a log in
// as any of them without a password or a two-step code.
//   GET  /__qa/personas          → [{accountId, accountNumber, accountType, residency, users: [{id, email, name, role, status}]}]
//   POST /__qa/sign-in {userId}  → AuthResponse (a session, as after a log in); 409 for an invited
//                                  user (they have no access until they accept), 404 for an unknown id.
import { http, HttpResponse } from 'msw'
import type { AccountType, Residency, Role } from '@/api/types'
import { completeLogin } from '../auth/login'
import { clientOriginOf } from '../kernel/clientAddress'
import { now } from '../kernel/clock'
import { readDb, updateDb } from '../kernel/db'
import { guarded } from '../kernel/guard'
import { problem, validationProblem } from '../kernel/problems'
import { readJson } from '../kernel/request'
import type { DbState, DbUser } from '../kernel/schema'
import { QA_PATH } from './path'

export interface QaPersona {
  id: string
  email: string
  name: string
  role: Role
  status: DbUser['status']
}

export interface QaPersonaAccount {
  accountId: string
  accountNumber: string
  accountType: AccountType
  residency: Residency
  users: QaPersona[]
}

/** The accounts in the data's order, each with its users (an account without users is left out). */
export function personasOf(db: DbState): QaPersonaAccount[] {
  return db.accounts
    .map((account) => ({
      accountId: account.id,
      accountNumber: account.number,
      accountType: account.type,
      residency: account.residency,
      users: db.users.filter((u) => u.accountId === account.id).map(({ id, email, name, role, status }) => ({ id, email, name, role, status })),
    }))
    .filter((account) => account.users.length > 0)
}

export const personaHandlers = [
  http.get(
    `${QA_PATH}/personas`,
    guarded(() => HttpResponse.json(personasOf(readDb()))),
  ),

  http.post(
    `${QA_PATH}/sign-in`,
    guarded(async ({ request }) => {
      const userId = (await readJson<{ userId: unknown }>(request))?.userId
      if (typeof userId !== 'string' || !userId) return validationProblem({ userId: userId === undefined ? 'validation.required' : 'validation.type' })
      const origin = clientOriginOf(request)
      const at = now()
      return updateDb((db) => {
        const user = db.users.find((u) => u.id === userId)
        const account = user && db.accounts.find((a) => a.id === user.accountId)
        if (!user || !account) return problem(404, 'users.notFound')
        if (user.status !== 'active') return problem(409, 'users.invitationPending')
        return HttpResponse.json(completeLogin(db, user, account, origin, at))
      })
    }),
  ),
]
