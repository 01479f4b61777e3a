// Every mock handler, in order: the simulated network first, then one list per domain.
import { networkHandlers } from '../network'
import { authHandlers } from './auth'
import { helpHandlers } from './help'
import { homeHandlers } from './home'
import { knowledgeBaseHandlers } from './knowledgeBase'
import { profileHandlers } from './profile'
import { referralHandlers } from './referral'
import { settingsHandlers } from './settings'
import { ticketsHandlers } from './tickets'

export const handlers = [...networkHandlers, ...authHandlers, ...homeHandlers, ...settingsHandlers, ...ticketsHandlers, ...profileHandlers, ...knowledgeBaseHandlers, ...helpHandlers, ...referralHandlers]
