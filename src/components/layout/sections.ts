// The panel's sections, in the order of the side navigation. Each names its route and the path
// prefix that belongs to it (a ticket's page is in "Tickets"), and its icon (lucide, named imports:
// only the icons used here ship).
import { BookOpen, Gift, LayoutDashboard, LifeBuoy, Server, UserCog, Wallet } from 'lucide-vue-next'
import type { Component } from 'vue'
import { ROUTE, type RouteName } from '@/router/names'

export interface ShellSection {
  id: string
  labelKey: string
  route: RouteName
  /** Paths of the section: the route's path and everything under it ('/' only for home). */
  prefix: string
  icon: Component
}

export const SHELL_SECTIONS: readonly ShellSection[] = [
  { id: 'home', labelKey: 'nav.home', route: ROUTE.home, prefix: '/', icon: LayoutDashboard },
  { id: 'services', labelKey: 'nav.services', route: ROUTE.services, prefix: '/services', icon: Server },
  { id: 'balance', labelKey: 'nav.balance', route: ROUTE.balance, prefix: '/balance', icon: Wallet },
  { id: 'tickets', labelKey: 'nav.tickets', route: ROUTE.tickets, prefix: '/tickets', icon: LifeBuoy },
  { id: 'profile', labelKey: 'nav.profile', route: ROUTE.profile, prefix: '/profile', icon: UserCog },
  { id: 'referral', labelKey: 'nav.referral', route: ROUTE.referral, prefix: '/referral', icon: Gift },
  { id: 'knowledgeBase', labelKey: 'nav.knowledgeBase', route: ROUTE.knowledgeBase, prefix: '/knowledge-base', icon: BookOpen },
]

/** Whether `path` is in the section (home only on itself). */
export function inSection(section: ShellSection, path: string): boolean {
  if (section.prefix === '/') return path === '/'
  return path === section.prefix || path.startsWith(`${section.prefix}/`)
}
