// Every mock handler, in order: the request pipeline first (network, route, contract), then one
// list per domain, then the 404 for whatever none of them answered. The browser worker, the Node test server and `npm run api` all serve this list.
import { authHandlers } from './auth/handlers'
import { balanceHandlers } from './balance/handlers'
import { helpHandlers } from './help/handlers'
import { homeHandlers } from './home/handlers'
import { fallbackHandlers, pipelineHandlers } from './kernel/pipeline'
import { knowledgeBaseHandlers } from './knowledgeBase/handlers'
import { profileHandlers } from './profile/handlers'
import { referralHandlers } from './referral/handlers'
import { settingsHandlers } from './settings/handlers'
import { ticketsHandlers } from './tickets/handlers'

export const handlers = [
  ...pipelineHandlers,
  ...authHandlers,
  ...homeHandlers,
  ...settingsHandlers,
  ...ticketsHandlers,
  ...profileHandlers,
  ...knowledgeBaseHandlers,
  ...helpHandlers,
  ...referralHandlers,
  ...balanceHandlers,
  ...fallbackHandlers,
]
