// Every screen of the panel, by name. The home page is in the entry chunk; the rest load lazily.
// `meta.titleKey` names the page (heading, document title); `meta.public` pages need no login.
import type { RouteRecordRaw } from 'vue-router'
import HomeView from '@/views/HomeView.vue'

const PlaceholderView = () => import('@/views/PlaceholderView.vue')
const ProfileView = () => import('@/views/ProfileView.vue')

/** Tabs of "Profile and settings", in order; each has its own URL so it can be linked. */
export const PROFILE_TABS = [
  { name: 'profile', path: '', labelKey: 'profile.tabs.profile' },
  { name: 'profile-settings', path: 'settings', labelKey: 'profile.tabs.settings' },
  { name: 'profile-security', path: 'security', labelKey: 'profile.tabs.security' },
  { name: 'profile-api-keys', path: 'api-keys', labelKey: 'profile.tabs.apiKeys' },
  { name: 'profile-users', path: 'users', labelKey: 'profile.tabs.users' },
] as const

export type ProfileTabName = (typeof PROFILE_TABS)[number]['name']

export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('@/views/LoginView.vue'), meta: { public: true, titleKey: 'auth.login.title' } },
  { path: '/register', name: 'register', component: () => import('@/views/RegisterView.vue'), meta: { public: true, titleKey: 'auth.register.title' } },
  { path: '/', name: 'home', component: HomeView, meta: { titleKey: 'home.title' } },

  { path: '/balance', name: 'balance', component: PlaceholderView, meta: { titleKey: 'pages.balance' } },
  { path: '/balance/top-up', name: 'balance-top-up', component: PlaceholderView, meta: { titleKey: 'pages.topUp' } },
  { path: '/balance/transactions', name: 'balance-transactions', component: PlaceholderView, meta: { titleKey: 'pages.transactions' } },
  { path: '/balance/documents', name: 'balance-documents', component: PlaceholderView, meta: { titleKey: 'pages.documents' } },
  { path: '/balance/notifications', name: 'balance-notifications', component: PlaceholderView, meta: { titleKey: 'pages.notifications' } },

  { path: '/tickets', name: 'tickets', component: () => import('@/views/TicketsView.vue'), meta: { titleKey: 'pages.tickets' } },
  { path: '/tickets/new', name: 'ticket-create', component: () => import('@/views/TicketCreateView.vue'), meta: { titleKey: 'pages.ticketCreate' } },
  { path: '/tickets/:id', name: 'ticket', component: () => import('@/views/TicketView.vue'), meta: { titleKey: 'pages.ticket' } },
  { path: '/knowledge-base', name: 'knowledge-base', component: () => import('@/views/KnowledgeBaseView.vue'), meta: { titleKey: 'pages.knowledgeBase' } },
  { path: '/knowledge-base/:slug', name: 'knowledge-base-article', component: () => import('@/views/KnowledgeBaseArticleView.vue'), meta: { titleKey: 'pages.knowledgeBase' } },
  { path: '/referral', name: 'referral', component: () => import('@/views/ReferralView.vue'), meta: { titleKey: 'pages.referral' } },

  {
    path: '/profile',
    component: ProfileView,
    meta: { titleKey: 'profile.title' },
    children: [
      { path: '', name: 'profile', component: () => import('@/views/ProfileTabView.vue'), meta: { titleKey: 'profile.tabs.profile' } },
      { path: 'settings', name: 'profile-settings', component: () => import('@/components/settings/SettingsPanel.vue'), meta: { titleKey: 'profile.tabs.settings' } },
      { path: 'security', name: 'profile-security', component: PlaceholderView, meta: { titleKey: 'profile.tabs.security' } },
      { path: 'security/login-history', name: 'profile-login-history', component: PlaceholderView, meta: { titleKey: 'pages.loginHistory', tab: 'profile-security' } },
      { path: 'security/password', name: 'profile-change-password', component: PlaceholderView, meta: { titleKey: 'pages.changePassword', tab: 'profile-security' } },
      { path: 'api-keys', name: 'profile-api-keys', component: PlaceholderView, meta: { titleKey: 'profile.tabs.apiKeys' } },
      { path: 'users', name: 'profile-users', component: PlaceholderView, meta: { titleKey: 'profile.tabs.users' } },
    ],
  },

  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/views/NotFoundView.vue'), meta: { public: true, titleKey: 'notFound.title' } },
]
