// What a share link carries, read from this browser (persona, page, language, theme, network,
// clock), and applying one read from a link: data first (the mock refuses a bad file before
// anything changes), then network and clock, the persona's session and the language and theme.
import type { RouteLocationNormalizedLoaded } from 'vue-router'
import { useSessionStore } from '@/stores/session'
import { useSettingsStore } from '@/stores/settings'
import { qaApi } from './api'
import type { QaScenario, SharedLink } from './shareLink'

export async function currentScenario(route: RouteLocationNormalizedLoaded): Promise<QaScenario> {
  const session = useSessionStore()
  const settings = useSettingsStore()
  const [network, clock] = await Promise.all([qaApi.network(), qaApi.clock()])
  return {
    persona: session.user?.email ?? null,
    path: route.fullPath,
    language: settings.language,
    theme: settings.theme,
    network: { latency: network.latency, rules: network.rules },
    clock: { offsetMs: clock.offsetMs, frozenAt: clock.frozenAt },
  }
}

/** Why a link could not be applied (a persona that the data here does not have). */
export class UnknownPersonaError extends Error {
  constructor(readonly email: string) {
    super(email)
    this.name = 'UnknownPersonaError'
  }
}

/** The users of exported data (a DbState), as far as they can be read. */
function usersOf(data: unknown): { email: string }[] {
  const users = (data as { users?: unknown } | null)?.users
  return Array.isArray(users) ? users.filter((u): u is { email: string } => typeof (u as { email?: unknown })?.email === 'string') : []
}

export async function applyScenario({ scenario, data }: SharedLink): Promise<void> {
  const session = useSessionStore()
  const settings = useSettingsStore()
  // The persona must exist where the link lands (in its data, or in this browser's): checked
  // before anything changes.
  const email = scenario.persona?.toLowerCase() ?? null
  if (email) {
    const users = data === null ? (await qaApi.personas()).flatMap((account) => account.users) : usersOf(data)
    if (!users.some((u) => u.email.toLowerCase() === email)) throw new UnknownPersonaError(scenario.persona ?? '')
  }
  if (data !== null) await qaApi.importData(data)
  const userId = email ? ((await qaApi.personas()).flatMap((account) => account.users).find((u) => u.email.toLowerCase() === email)?.id ?? null) : null
  if (email && !userId) throw new UnknownPersonaError(scenario.persona ?? '')
  await qaApi.setNetwork(scenario.network)
  await qaApi.changeClock({ reset: true })
  if (scenario.clock.frozenAt) await qaApi.changeClock({ frozenAt: scenario.clock.frozenAt })
  else if (scenario.clock.offsetMs > 0) await qaApi.changeClock({ advanceMs: scenario.clock.offsetMs })
  if (userId) await session.establish(await qaApi.signIn(userId))
  else if (session.isAuthenticated) await session.logout()
  // After the session: a persona's own saved settings would otherwise replace the link's.
  await settings.setLanguage(scenario.language)
  await settings.setTheme(scenario.theme)
}
