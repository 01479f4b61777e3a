// Every mock handler, in order: the simulated network first, then one list per domain.
import { networkHandlers } from '../network'
import { authHandlers } from './auth'
import { homeHandlers } from './home'
import { settingsHandlers } from './settings'

export const handlers = [...networkHandlers, ...authHandlers, ...homeHandlers, ...settingsHandlers]
