// The browser state of a logged-in visitor, for measure.mjs --storage (a "logged-in reload"): the
// panel is opened once, the mock network set to latency 0, the persona logs in through the login
// form, and everything the page then keeps in localStorage (the session, the mock's data) is saved.
// With `scale`, the mock-only POST /__qa/scale multiplies the persona's tickets and transactions first.
import { chromium } from 'playwright-core'

const HOME_READY = '.balances .money'

/**
 * Until the mock's service worker answers the page's own fetch calls: it starts once the first
 * page is idle, and until then the panel's requests are answered in the page (the app's HTML
 * would come back from the server).
 */
async function mockServesNetwork(page) {
  for (const deadline = Date.now() + 15_000; Date.now() < deadline; await page.waitForTimeout(100)) {
    const type = await page.evaluate(async () => (await fetch('/api/v1/__qa/clock')).headers.get('Content-Type') ?? '')
    if (type.includes('application/json')) return
  }
  throw new Error("the mock's service worker did not start within 15 s")
}

export async function loggedInStorage(url, { email, password, chromiumPath, scale = 1 }) {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] })
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    await page.goto(`${url}/login`)
    await page.evaluate((network) => {
      localStorage.setItem('ccp.mock.network', network)
      localStorage.setItem('ccp.preferences', JSON.stringify({ language: 'en', theme: 'light' }))
    }, JSON.stringify({ latency: { min: 0, max: 0 }, rules: [] }))
    await page.reload()
    await page.getByLabel('Email', { exact: true }).fill(email)
    await page.getByLabel('Password', { exact: true }).fill(password)
    await page.getByRole('button', { name: 'Log in', exact: true }).click()
    await page.locator(HOME_READY).first().waitFor({ timeout: 30_000 })
    if (scale !== 1) {
      await mockServesNetwork(page)
      const status = await page.evaluate(async (factor) => {
        const response = await fetch('/api/v1/__qa/scale', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${localStorage.getItem('ccp.token')}` },
          body: JSON.stringify({ factor }),
        })
        return response.status
      }, scale)
      if (status !== 200) throw new Error(`POST /__qa/scale answered ${status}`)
      await page.reload()
      await page.locator(HOME_READY).first().waitFor({ timeout: 30_000 })
    }
    // Let the mock write its data (it persists after each change) before reading it back.
    await page.waitForTimeout(500)
    return await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])))
  } finally {
    await browser.close()
  }
}

/** The persona of the reload and route-change figures (its data fits in localStorage at 1x). */
const PERSONA = { email: 'business.resident@demo.test', password: 'demo-password' }
/** measure.mjs's arguments for a logged-in reload, then the route change home → Tickets. */
const HOME_TO_TICKETS = ['--wait', HOME_READY, '--route-click', 'nav >> role=link[name="Tickets"]', '--route-wait', '.ticket-list tbody tr']

export { HOME_READY, HOME_TO_TICKETS, PERSONA }
