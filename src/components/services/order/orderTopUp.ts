// The link from an order form to "Top up" and back: the balance that pays, the missing amount in
// whole rubles (rounded up, so the top-up covers it), and the form to return to afterwards. The
// Top up tab reads these query parameters (TopUpTab.vue); it accepts only an order form as
// `returnTo`, so the link can never send anyone off the panel.
import type { RouteLocationRaw } from 'vue-router'
import type { BalanceKind } from '@/api/types'
import { ROUTE } from '@/router/names'

/** Where an order form may send the user back to after a top-up. */
export const ORDER_RETURN_PREFIX = '/services/order/'

export function isOrderReturnPath(path: unknown): path is string {
  return typeof path === 'string' && path.startsWith(ORDER_RETURN_PREFIX) && !path.includes('//') && !path.includes('\\')
}

/** "Top up" for `balance` by what is missing; with `returnTo`, it offers the way back to that order form. */
export function topUpRoute(balance: BalanceKind, missingKopecks: number, returnTo?: string): RouteLocationRaw {
  const query: Record<string, string> = { balance }
  if (returnTo) query.returnTo = returnTo
  if (missingKopecks > 0) query.amount = String(Math.ceil(missingKopecks / 100))
  return { name: ROUTE.balanceTopUp, query }
}
