// Context help of every page, keyed by route name, with links to knowledge-base articles.
// One file per area of the panel; a route without an entry gets a 404 from the help API.
import { authHelp } from './auth'
import { balanceHelp } from './balance'
import { profileHelp } from './profile'
import { servicesHelp } from './services'
import { supportHelp } from './support'
import type { ContextHelpEntry } from './types'

export type { ContextHelpEntry, ContextHelpText } from './types'

export const contextHelp: Record<string, ContextHelpEntry> = { ...supportHelp, ...balanceHelp, ...servicesHelp, ...profileHelp, ...authHelp }
