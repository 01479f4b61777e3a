// Every mock handler, in order: the mock-only QA endpoints, then the request pipeline (network,
// route, contract, the request log) around one list per domain and the 404 for whatever none of
// them answered. The browser worker, the Node test server and `npm run api` all serve this list.
import { apiKeysHandlers } from './apiKeys/handlers'
import { authHandlers } from './auth/handlers'
import { balanceHandlers } from './balance/handlers'
import { balanceAlertsHandlers } from './billingAlerts/handlers'
import { billingDocumentsHandlers } from './billingDocuments/handlers'
import { helpHandlers } from './help/handlers'
import { homeHandlers } from './home/handlers'
import { withPipeline } from './kernel/pipeline'
import { knowledgeBaseHandlers } from './knowledgeBase/handlers'
import { paymentsHandlers } from './payments/handlers'
import { profileHandlers } from './profile/handlers'
import { qaHandlers } from './qa/handlers'
import { referralHandlers } from './referral/handlers'
import { securityHandlers } from './security/handlers'
import { servicesHandlers } from './services/handlers'
import { settingsHandlers } from './settings/handlers'
import { ticketsHandlers } from './tickets/handlers'
import { transactionsHandlers } from './transactions/handlers'
import { usersHandlers } from './users/handlers'

export const handlers = [
  // Mock-only QA endpoints (/api/v1/__qa/…), outside the contract: before the pipeline's gate.
  ...qaHandlers,
  ...withPipeline([
    ...authHandlers,
    ...homeHandlers,
    ...settingsHandlers,
    ...ticketsHandlers,
    ...profileHandlers,
    ...securityHandlers,
    ...apiKeysHandlers,
    ...knowledgeBaseHandlers,
    ...helpHandlers,
    ...referralHandlers,
    ...balanceHandlers,
    ...balanceAlertsHandlers,
    ...billingDocumentsHandlers,
    ...transactionsHandlers,
    ...paymentsHandlers,
    ...servicesHandlers,
    ...usersHandlers,
  ]),
]
