// Mounts a component (or the whole App) the way the panel runs: Pinia, i18n and a memory-history
// router with the real routes. API calls go to the MSW Node server (see tests/setup.ts).
import { flushPromises, mount, type ComponentMountingOptions } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, RouterView, type RouteLocationRaw } from 'vue-router'
import type { Locale } from '@/api/types'
import { authApi } from '@/api/auth'
import { setAuthToken, setRequestLanguage } from '@/api/client'
import { createAppRouter } from '@/router'
import { useSessionStore } from '@/stores/session'
import { createTestI18n } from './i18n'

export interface MountAppOptions {
  route?: RouteLocationRaw
  locale?: Locale
  /** Log in as this persona (password demo-password) before mounting. */
  as?: string
}

export async function mountApp<C extends Component>(component: C, options: MountAppOptions & ComponentMountingOptions<C> = {}) {
  const { route = '/', locale = 'en', as, ...mountingOptions } = options
  const pinia = createPinia()
  setActivePinia(pinia)
  const i18n = createTestI18n(locale)
  setRequestLanguage(locale)
  const router = createAppRouter(createMemoryHistory())
  if (as) await useSessionStore().login({ email: as, password: 'demo-password' })
  await router.push(route)
  await router.isReady()
  const wrapper = mount(component, {
    ...mountingOptions,
    attachTo: document.body,
    global: { plugins: [pinia, i18n, router] },
  } as ComponentMountingOptions<C>)
  await flushPromises()
  return { wrapper, router, pinia, i18n }
}

/** Logs in through the API only (no UI), for store and API tests. Returns the token. */
export async function loginAs(email: string): Promise<string> {
  const response = await authApi.login({ email, password: 'demo-password' })
  if ('twoFactorRequired' in response) throw new Error(`${email} has two-step authentication on: it logs in with a code`)
  setAuthToken(response.token)
  return response.token
}

/** Lets pending validation, requests and navigation finish (they chain several promise turns). */
export async function settle(): Promise<void> {
  for (let turn = 0; turn < 10; turn++) {
    await flushPromises()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/** Renders the current route as the app does (nested routes need a root RouterView). */
export const RouterHost = defineComponent({ name: 'RouterHost', render: () => h(RouterView) })
