// Helpers for the Playwright specs: a fresh browser state with no mock latency, one-click demo
// login, language/theme presets, and an axe-core check (injected as a script tag, since
// @axe-core/playwright needs Node 22).
import { expect, test, type Page } from '@playwright/test'
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
      localStorage.setItem('ccp.mock.network', JSON.stringify({ latency: { min: 0, max: 0 }, rules: [] }))
      localStorage.setItem('ccp.preferences', JSON.stringify({ language, theme }))
    },
    [language, theme] as const,
  )
}

/** The mock's network setting in localStorage (mocks/kernel/qaSettings.ts: latency and failure rules). */
const MOCK_NETWORK_KEY = 'ccp.mock.network'

export type FailureAnswer = '500' | '503' | '422' | '429' | 'timeout' | 'offline'

/**
 * A failure rule of the mock's network, from now on (no reload needed): requests `method pattern`
 * (`*` = any method; `*` in the path matches anything) get `answer`, every time or the next `times`.
 */
export async function failRequests(page: Page, method: string, pattern: string, answer: FailureAnswer = '503', times: number | null = null) {
  await page.evaluate(
    ([key, rule]) => {
      const settings = JSON.parse(localStorage.getItem(key) ?? 'null') ?? { latency: { min: 0, max: 0 }, rules: [] }
      settings.rules.push({ id: `e2e-${settings.rules.length + 1}-${Date.now()}`, ...rule })
      localStorage.setItem(key, JSON.stringify(settings))
    },
    [MOCK_NETWORK_KEY, { method, pattern, answer, remaining: times }] as const,
  )
}

/** The mock's simulated latency from now on, in ms (prepare() sets 0). */
export async function setMockLatency(page: Page, min: number, max = min) {
  await page.evaluate(
    ([key, latency]) => {
      const settings = JSON.parse(localStorage.getItem(key) ?? 'null') ?? { rules: [] }
      localStorage.setItem(key, JSON.stringify({ ...settings, latency }))
    },
    [MOCK_NETWORK_KEY, { min, max }] as const,
  )
}

/** Removes every failure rule (the latency stays). */
export async function clearNetworkRules(page: Page) {
  await page.evaluate((key) => {
    const settings = JSON.parse(localStorage.getItem(key) ?? 'null') ?? { latency: { min: 0, max: 0 } }
    localStorage.setItem(key, JSON.stringify({ ...settings, rules: [] }))
  }, MOCK_NETWORK_KEY)
}

/**
 * Waits until the mock's service worker answers this page's own fetch calls (it starts once the page
 * has the data it asked for and the browser is idle); before, a call from the page would reach the
 * preview server (the app's HTML). The panel's own requests are answered in the page
 * (mocks/kernel/inPageBackend.ts): page.waitForResponse does not see them; the mock's request log
 * and its data do.
 */
export async function mockServesNetwork(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => (await fetch('/api/v1/__qa/clock')).headers.get('Content-Type') ?? ''), { message: "the mock's service worker answers the page", intervals: [50, 100, 250], timeout: 15_000 })
    .toContain('application/json')
}

/** Until the user's saved settings on the mock (GET /api/v1/settings) contain `fragment`: a debounced save has arrived. */
export async function expectSavedSettings(page: Page, fragment: string) {
  await mockServesNetwork(page)
  const saved = () => page.evaluate(async () => (await fetch('/api/v1/settings', { headers: { Authorization: `Bearer ${localStorage.getItem('ccp.token')}` } })).text())
  await expect.poll(saved, { message: `the saved settings contain ${fragment}`, intervals: [100, 250], timeout: 10_000 }).toContain(fragment)
}

/** The mock's log of the API requests it answered (in the page or through its worker), newest first. */
export async function mockRequestLog(page: Page): Promise<{ method: string; path: string; status: number }[]> {
  await mockServesNetwork(page)
  return page.evaluate(async () => ((await (await fetch('/api/v1/__qa/requests')).json()) as { items: { method: string; path: string; status: number }[] }).items)
}

/**
 * Moves the mock clock `ms` ahead (POST /api/v1/__qa/clock from the page): whatever the mock does
 * "after a while" (support answers, the bank confirms…) is then due, with no real waiting. The page
 * sees it on its next request (its own polling, or a reload).
 */
export async function advanceMockClock(page: Page, ms: number) {
  await mockServesNetwork(page)
  const status = await page.evaluate(async (advanceMs) => {
    const response = await fetch('/api/v1/__qa/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ advanceMs }) })
    return response.status
  }, ms)
  expect(status, 'POST /api/v1/__qa/clock').toBe(200)
}

/** Stops the mock clock where it stands: nothing "after a while" happens until advanceMockClock. */
export async function freezeMockClock(page: Page) {
  await mockServesNetwork(page)
  const status = await page.evaluate(async () => {
    const { now } = (await (await fetch('/api/v1/__qa/clock')).json()) as { now: string }
    const response = await fetch('/api/v1/__qa/clock', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ frozenAt: now }) })
    return response.status
  })
  expect(status, 'POST /api/v1/__qa/clock').toBe(200)
}

/** Fills the registration form on the current page (the confirmation repeats the password unless given). */
export async function fillRegistration(page: Page, options: { type: string; email: string; password: string; confirmation?: string }) {
  await page.getByLabel(options.type).check()
  await page.getByLabel('Email').fill(options.email)
  await page.getByLabel('Password', { exact: true }).fill(options.password)
  await page.getByLabel('Confirm password').fill(options.confirmation ?? options.password)
}

/** The demo list's button: logs in on the login page shown and waits for the home page. */
async function loginOnPage(page: Page, email: string) {
  await page.goto('/login')
  await page.getByRole('button', { name: `Log in as ${email}` }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
}

/**
 * What a demo login leaves in localStorage (the freshly seeded mock data with the new session, the
 * token, the user), made once per persona in each worker, in a browser context of its own, and
 * reused while the clock hour is the same: the seed and its billing depend on the hour only, so
 * within it a copy is what a new login would give (its own session token included, shared by
 * the tests of the hour, which is harmless: every test has its own copy of the data).
 */
const storedLogins = new Map<string, Promise<{ hour: number; items: [string, string][] }>>()
const HOUR_MS = 3_600_000

async function storedLogin(page: Page, email: string): Promise<[string, string][]> {
  const hour = Math.floor(Date.now() / HOUR_MS)
  let stored = storedLogins.get(email)
  if (!stored || (await stored).hour !== hour) {
    stored = (async () => {
      const browser = page.context().browser()!
      const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'en-US' })
      try {
        const loginPage = await context.newPage()
        await prepare(loginPage)
        await loginOnPage(loginPage, email)
        await loginPage.waitForLoadState('networkidle')
        // The test's own prepare() (language, theme, mock latency) is not overwritten.
        const items = await loginPage.evaluate(() => Object.entries(localStorage).filter(([key]) => key !== 'ccp.preferences' && !key.startsWith('ccp.mock.')))
        return { hour, items }
      } finally {
        await context.close()
      }
    })()
    storedLogins.set(email, stored)
    stored.catch(() => storedLogins.delete(email))
  }
  return (await stored).items
}

/**
 * Logs in as a demo persona and waits for the home page, or opens `path` logged in (its own
 * checks are then the caller's). On a new page this costs one page load: the browser storage of
 * a demo login made earlier in this worker is put in place before the first load. A page already
 * used (its own data, another user logged in), or a run against the API server, logs in as before:
 * with the login page's demo list, or, given a path, with the shared persona link (/login?as=…&redirect=…).
 */
export async function loginAs(page: Page, email: string, path = '/') {
  // Only where the data lives in the browser: against the API server (api-smoke) the data is the
  // server's, reset by each spec, so a stored token would belong to data that is gone.
  const dataInBrowser = test.info().project.name === 'e2e'
  if (dataInBrowser && page.url() === 'about:blank') {
    const items = await storedLogin(page, email)
    await page.addInitScript((items) => {
      // Only on the first load of the test: later reloads keep what the test changed.
      if (sessionStorage.getItem('e2e.loggedIn')) return
      sessionStorage.setItem('e2e.loggedIn', '1')
      for (const [key, value] of items) localStorage.setItem(key, value)
    }, items)
    // The panel paints from the stored session at once and confirms it in the background, then
    // loads the user's saved settings (and writes this browser's preferences): wait for that, as
    // the login page does before it moves on, so that what the test sets next is not overwritten.
    // The mock's worker starts only once the page has what it asked for, its settings included.
    await page.goto(path)
  } else if (path === '/') {
    await loginOnPage(page, email)
  } else {
    await page.goto(`/login?as=${encodeURIComponent(email)}&redirect=${encodeURIComponent(path)}`)
  }
  // The home page's heading, in English or Russian.
  if (path === '/') await expect(page.getByRole('heading', { level: 1, name: /^(Control panel|Панель управления)$/ })).toBeVisible()
  else await expect(page).toHaveURL((url) => url.pathname + url.search === path)
  if (dataInBrowser) await mockServesNetwork(page)
}

/**
 * Goes to `path` inside the running app, as a link of the panel does (the router, no page load):
 * for a test that visits many pages, where a full load of each would only repeat the app's start.
 * Fails when the router refuses or cannot finish the navigation.
 */
export async function openInApp(page: Page, path: string) {
  const failure = await page.evaluate(async (path) => {
    type Router = { push: (to: string) => Promise<unknown> }
    const app = (document.querySelector('#app') as unknown as { __vue_app__?: { config: { globalProperties: { $router?: Router } } } }).__vue_app__
    const router = app?.config.globalProperties.$router
    if (!router) return 'no router on the page'
    if (location.pathname + location.search === path) return null // already there
    const result = await router.push(path)
    return result ? String(result) : null
  }, path)
  expect(failure, `navigation to ${path} inside the app`).toBeNull()
}

/** Fails on any serious or critical axe-core violation on the current page. */
export async function expectNoSeriousA11yViolations(page: Page, context = '') {
  // A settled screen: no list still refreshing (a busy table frame is dimmed) and no transition
  // on its way (the dimming fades out; spinners' endless animations aside): axe would measure the
  // contrast of a half-faded text.
  await page.waitForFunction(() => !document.querySelector('.table-frame[aria-busy="true"]') && document.getAnimations().every((animation) => !(animation instanceof CSSTransition) || animation.playState !== 'running'))
  // Injected once per page load (a reload or a full navigation drops it).
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[] }> } }).axe
    const result = await axe.run(document, { resultTypes: ['violations'] })
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
  expect(violations, `axe violations ${context}`).toEqual([])
}

/**
 * The axe check of the current screen in every theme, switched in place (no reload, so one visit
 * of the screen serves all three); the page is left in the last theme.
 */
export async function expectNoSeriousA11yViolationsInEveryTheme(page: Page, context = '') {
  for (const theme of THEMES) {
    await useTheme(page, theme)
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await expectNoSeriousA11yViolations(page, `${context}, ${theme}`)
  }
}

/** Switches the theme in place: the storage the app reads at start, and the page's own mark. */
export async function useTheme(page: Page, theme: Theme) {
  await page.evaluate((theme) => {
    const preferences = JSON.parse(localStorage.getItem('ccp.preferences') ?? '{}')
    localStorage.setItem('ccp.preferences', JSON.stringify({ ...preferences, theme }))
    document.documentElement.dataset.theme = theme
  }, theme)
}
