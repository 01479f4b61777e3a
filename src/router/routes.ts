// Every screen of the panel, by name. Each loads lazily (the home page too: it comes beside the
// entry, while the mock worker starts, not inside it).
// `meta.titleKey` names the page (heading, document title); `meta.public` pages need no login.
import type { RouteComponent, RouteRecordRaw } from 'vue-router'
import { ROUTE, type RouteName } from './names'

const ProfileView = () => import('@/views/ProfileView.vue')

/** A tab that is a child route: its own URL, its label (also its page title), its component. */
interface RouteTab {
  name: RouteName
  path: string
  /** The tab's label, also its page title. */
  labelKey: string
  component: () => Promise<RouteComponent>
}

/** Tabs of "Profile and settings", in order; each has its own URL so it can be linked. The tab
 * list and the child routes are both made from this one list. */
export const PROFILE_TABS = [
  { name: ROUTE.profile, path: '', labelKey: 'profile.tabs.profile', component: () => import('@/views/ProfileTabView.vue') },
  { name: ROUTE.profileSettings, path: 'settings', labelKey: 'profile.tabs.settings', component: () => import('@/components/settings/SettingsPanel.vue') },
  { name: ROUTE.profileSecurity, path: 'security', labelKey: 'profile.tabs.security', component: () => import('@/components/security/SecurityTab.vue') },
  { name: ROUTE.profileApiKeys, path: 'api-keys', labelKey: 'profile.tabs.apiKeys', component: () => import('@/components/apiKeys/ApiKeysTab.vue') },
  { name: ROUTE.profileUsers, path: 'users', labelKey: 'profile.tabs.users', component: () => import('@/components/users/UsersTab.vue') },
] as const satisfies readonly RouteTab[]

export type ProfileTabName = (typeof PROFILE_TABS)[number]['name']

/** Tabs of "Balance and payments", in order, one URL each ("Services" lives at /services). */
export const BALANCE_TABS = [
  { name: ROUTE.balance, path: '', labelKey: 'balance.tabs.balances', component: () => import('@/components/balance/BalanceOverviewTab.vue') },
  { name: ROUTE.balanceTopUp, path: 'top-up', labelKey: 'balance.tabs.topUp', component: () => import('@/components/topUp/TopUpTab.vue') },
  { name: ROUTE.balanceTransactions, path: 'transactions', labelKey: 'balance.tabs.transactions', component: () => import('@/components/transactions/TransactionsTab.vue') },
  { name: ROUTE.balanceDocuments, path: 'documents', labelKey: 'balance.tabs.documents', component: () => import('@/components/billingDocuments/BillingDocumentsTab.vue') },
  { name: ROUTE.balanceNotifications, path: 'notifications', labelKey: 'balance.tabs.notifications', component: () => import('@/components/balanceAlerts/BalanceAlertsTab.vue') },
  { name: ROUTE.services, path: '/services', labelKey: 'balance.tabs.services', component: () => import('@/components/services/ServicesTab.vue') },
] as const satisfies readonly RouteTab[]

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: ROUTE.login, component: () => import('@/views/LoginView.vue'), meta: { public: true, titleKey: 'auth.login.title' } },
  { path: '/register', name: ROUTE.register, component: () => import('@/views/RegisterView.vue'), meta: { public: true, titleKey: 'auth.register.title' } },
  { path: '/invite/:token', name: ROUTE.invitation, component: () => import('@/views/InvitationView.vue'), meta: { public: true, titleKey: 'invitation.title' } },
  { path: '/', name: ROUTE.home, component: () => import('@/views/HomeView.vue'), meta: { titleKey: 'home.title' } },

  {
    path: '/balance',
    component: () => import('@/views/BalanceView.vue'),
    meta: { titleKey: 'pages.balance' },
    children: [
      ...BALANCE_TABS.map((tab): RouteRecordRaw => ({ path: tab.path, name: tab.name, component: tab.component, meta: { titleKey: tab.labelKey } })),
      // The order forms and a service's page keep the Services tab selected.
      { path: '/services/order/cloud', name: ROUTE.orderCloudServer, component: () => import('@/components/services/order/CloudServerOrderForm.vue'), meta: { titleKey: 'services.order.cloud.title', tab: ROUTE.services } },
      { path: '/services/order/dedicated', name: ROUTE.orderDedicatedServer, component: () => import('@/components/services/order/DedicatedServerOrderForm.vue'), meta: { titleKey: 'services.order.dedicated.title', tab: ROUTE.services } },
      { path: '/services/:id', name: ROUTE.service, component: () => import('@/components/services/ServicePage.vue'), meta: { titleKey: 'services.page.title', tab: ROUTE.services } },
    ],
  },

  { path: '/tickets', name: ROUTE.tickets, component: () => import('@/views/TicketsView.vue'), meta: { titleKey: 'pages.tickets' } },
  { path: '/tickets/new', name: ROUTE.ticketCreate, component: () => import('@/views/TicketCreateView.vue'), meta: { titleKey: 'pages.ticketCreate' } },
  { path: '/tickets/:id', name: ROUTE.ticket, component: () => import('@/views/TicketView.vue'), meta: { titleKey: 'pages.ticket' } },
  { path: '/knowledge-base', name: ROUTE.knowledgeBase, component: () => import('@/views/KnowledgeBaseView.vue'), meta: { titleKey: 'pages.knowledgeBase' } },
  { path: '/knowledge-base/:slug', name: ROUTE.knowledgeBaseArticle, component: () => import('@/views/KnowledgeBaseArticleView.vue'), meta: { titleKey: 'pages.knowledgeBase' } },
  { path: '/referral', name: ROUTE.referral, component: () => import('@/views/ReferralView.vue'), meta: { titleKey: 'pages.referral' } },

  {
    path: '/profile',
    component: ProfileView,
    meta: { titleKey: 'profile.title' },
    children: [
      ...PROFILE_TABS.map((tab): RouteRecordRaw => ({ path: tab.path, name: tab.name, component: tab.component, meta: { titleKey: tab.labelKey } })),
      // Sub-pages of a tab keep that tab selected.
      { path: 'security/login-history', name: ROUTE.profileLoginHistory, component: () => import('@/views/LoginHistoryView.vue'), meta: { titleKey: 'pages.loginHistory', tab: ROUTE.profileSecurity } },
      { path: 'security/password', name: ROUTE.profileChangePassword, component: () => import('@/views/ChangePasswordView.vue'), meta: { titleKey: 'pages.changePassword', tab: ROUTE.profileSecurity } },
    ],
  },

  { path: '/:pathMatch(.*)*', name: ROUTE.notFound, component: () => import('@/views/NotFoundView.vue'), meta: { public: true, titleKey: 'notFound.title' } },
]
