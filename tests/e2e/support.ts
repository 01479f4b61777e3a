// Helpers for the Playwright specs: a fresh browser state with no mock latency, one-click demo
// login, language/theme presets, and an axe-core check (injected as a script tag, since
// @axe-core/playwright needs Node 22).
import { expect, type Page } from '@playwright/test'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const axePath = require.resolve('axe-core/axe.min.js')

export const THEMES = ['light', 'dark', 'branded'] as const

/** A path of every route of the panel (after login), with the side-navigation section it is in. */
export const PANEL_PAGES: { path: string; section: string | null }[] = [
  { path: '/', section: 'Home' },
  { path: '/services', section: 'Services' },
  { path: '/balance', section: 'Balance and payments' },
  { path: '/balance/top-up', section: 'Balance and payments' },
  { path: '/balance/transactions', section: 'Balance and payments' },
  { path: '/balance/documents', section: 'Balance and payments' },
  { path: '/balance/notifications', section: 'Balance and payments' },
  { path: '/tickets', section: 'Tickets' },
  { path: '/tickets/new', section: 'Tickets' },
  { path: '/tickets/1001', section: 'Tickets' },
  { path: '/profile', section: 'Profile and settings' },
  { path: '/profile/settings', section: 'Profile and settings' },
  { path: '/profile/security', section: 'Profile and settings' },
  { path: '/profile/security/login-history', section: 'Profile and settings' },
  { path: '/profile/security/password', section: 'Profile and settings' },
  { path: '/profile/api-keys', section: 'Profile and settings' },
  { path: '/profile/users', section: 'Profile and settings' },
  { path: '/referral', section: 'Referral program' },
  { path: '/knowledge-base', section: 'Knowledge base' },
  { path: '/knowledge-base/two-step-authentication', section: 'Knowledge base' },
  { path: '/no-such-page', section: null },
]
export type Theme = (typeof THEMES)[number]

/** Call before the first `goto`: no simulated latency, and the given browser preferences. */
export async function prepare(page: Page, preferences: { language?: 'en' | 'ru'; theme?: Theme } = {}) {
  const { language = 'en', theme = 'light' } = preferences
  await page.addInitScript(
    ([language, theme]) => {
      // Only on the first load of the test: later reloads keep what the test changed.
      if (sessionStorage.getItem('e2e.prepared')) return
      sessionStorage.setItem('e2e.prepared', '1')
      localStorage.setItem('ccp.mock.latency', '0')
      localStorage.setItem('ccp.preferences', JSON.stringify({ language, theme }))
    },
    [language, theme] as const,
  )
}

/** Fills the registration form on the current page (the confirmation repeats the password unless given). */
export async function fillRegistration(page: Page, options: { type: string; email: string; password: string; confirmation?: string }) {
  await page.getByLabel(options.type).check()
  await page.getByLabel('Email').fill(options.email)
  await page.getByLabel('Password', { exact: true }).fill(options.password)
  await page.getByLabel('Confirm password').fill(options.confirmation ?? options.password)
}

/** Logs in with the demo list on the login page and waits for the home page. */
export async function loginAs(page: Page, email: string) {
  await page.goto('/login')
  await page.getByRole('button', { name: `Log in as ${email}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
}

/** Fails on any serious or critical axe-core violation on the current page. */
export async function expectNoSeriousA11yViolations(page: Page, context = '') {
  await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
  expect(violations, `axe violations ${context}`).toEqual([])
}

/** Switches the theme through the same storage the app reads at start, then reloads. */
export async function useTheme(page: Page, theme: Theme) {
  await page.evaluate((theme) => {
    const preferences = JSON.parse(localStorage.getItem('ccp.preferences') ?? '{}')
    localStorage.setItem('ccp.preferences', JSON.stringify({ ...preferences, theme }))
    document.documentElement.dataset.theme = theme
  }, theme)
}
