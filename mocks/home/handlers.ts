// The home page summary: balances, ticket counters, discount, previous login.
import type { HomeSummary } from '@/api/types'
import { balancesOf } from '../balance/forecast'
import { http } from '../kernel/api'
import { withAuth } from '../kernel/auth'
import { servicesSummaryOf } from '../services/service'
import { isUnreadBy } from '../tickets/reads'
import { compareIso } from '../kernel/order'

export const homeHandlers = [
  http.get(
    '/home/summary',
    withAuth(({ response, ctx }) => {
      const { db, account, user } = ctx
      // A user (not the main administrator) sees only the tickets they opened.
      const tickets = db.tickets.filter((t) => t.accountId === account.id && (user.role === 'admin' || t.userId === user.id))
      const logins = db.loginEvents.filter((e) => e.userId === user.id && e.result === 'success').sort((a, b) => compareIso(b.at, a.at))
      const summary: HomeSummary = {
        balances: balancesOf(account),
        referralKopecks: account.referralKopecks,
        services: servicesSummaryOf(account),
        openTickets: tickets.filter((t) => t.status !== 'closed').length,
        unreadTickets: tickets.filter((t) => isUnreadBy(t, user.id)).length,
        discountPercent: account.discountPercent,
        // The login that started this session is the newest; the one before it is "last login".
        lastLoginAt: logins[1]?.at ?? null,
      }
      return response(200).json(summary)
    }),
  ),
]
