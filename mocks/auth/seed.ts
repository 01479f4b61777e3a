// The demo personas of PRODUCT.md (the seven, and secure.resident with two-step authentication
// on). The login page lists them as one-click logins. Names follow the customer: Cyrillic for
// residents of the RF, Latin for non-residents. Their password hashes: seedPasswords.ts.
import type { AccountType, DemoPersona, Residency, Role } from '@/api/types'

export const DEMO_PASSWORD = 'demo-password'

interface PersonaSeed {
  email: string
  name: string
  accountId: string
  userId: string
  accountType: AccountType
  residency: Residency
  role: Role
}

export const personaSeeds: PersonaSeed[] = [
  { email: 'personal.resident@demo.test', name: 'Иван Петров', accountId: 'acc-personal-res', userId: 'usr-personal-res', accountType: 'personal', residency: 'resident', role: 'admin' },
  { email: 'personal.nonresident@demo.test', name: 'Aigerim Nurlanova', accountId: 'acc-personal-nonres', userId: 'usr-personal-nonres', accountType: 'personal', residency: 'nonresident', role: 'admin' },
  { email: 'business.resident@demo.test', name: 'Елена Смирнова', accountId: 'acc-business-res', userId: 'usr-business-res', accountType: 'business', residency: 'resident', role: 'admin' },
  { email: 'business.nonresident@demo.test', name: 'Jonas Weber', accountId: 'acc-business-nonres', userId: 'usr-business-nonres', accountType: 'business', residency: 'nonresident', role: 'admin' },
  { email: 'sole.resident@demo.test', name: 'Сергей Кузнецов', accountId: 'acc-sole-res', userId: 'usr-sole-res', accountType: 'sole', residency: 'resident', role: 'admin' },
  { email: 'state.resident@demo.test', name: 'Ольга Волкова', accountId: 'acc-state-res', userId: 'usr-state-res', accountType: 'state', residency: 'resident', role: 'admin' },
  { email: 'user.business.resident@demo.test', name: 'Дмитрий Орлов', accountId: 'acc-business-res', userId: 'usr-business-res-user', accountType: 'business', residency: 'resident', role: 'user' },
  // Two-step authentication on: its secret and backup codes are in the README.
  { email: 'secure.resident@demo.test', name: 'Анна Соколова', accountId: 'acc-secure-res', userId: 'usr-secure-res', accountType: 'personal', residency: 'resident', role: 'admin' },
]

export const demoPersonas: DemoPersona[] = personaSeeds.map(({ email, accountType, residency, role }) => ({
  email,
  password: DEMO_PASSWORD,
  accountType,
  residency,
  role,
}))
