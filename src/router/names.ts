// Every route name, defined once. Links and guards use these constants, never string literals,
// so a renamed route is a type error rather than a dead link.
export const ROUTE = {
  login: 'login',
  register: 'register',
  home: 'home',
  services: 'services',
  balance: 'balance',
  balanceTopUp: 'balance-top-up',
  balanceTransactions: 'balance-transactions',
  balanceDocuments: 'balance-documents',
  balanceNotifications: 'balance-notifications',
  tickets: 'tickets',
  ticketCreate: 'ticket-create',
  ticket: 'ticket',
  knowledgeBase: 'knowledge-base',
  knowledgeBaseArticle: 'knowledge-base-article',
  referral: 'referral',
  profile: 'profile',
  profileSettings: 'profile-settings',
  profileSecurity: 'profile-security',
  profileLoginHistory: 'profile-login-history',
  profileChangePassword: 'profile-change-password',
  profileApiKeys: 'profile-api-keys',
  profileUsers: 'profile-users',
  notFound: 'not-found',
} as const

export type RouteName = (typeof ROUTE)[keyof typeof ROUTE]
