// The mocked API behaves like a real one when things go wrong in the browser: an unknown path is a
// JSON problem (not the app's HTML), a broken stored state is replaced by the seed and the user is
// told, and a full browser storage is worded as such while what was typed stays.
import { expect, test } from '@playwright/test'
import { loginAs, mockRequestLog, prepare } from './support'

test('an unknown API path answers a 404 problem, not the app page', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'personal.resident@demo.test')
  const answer = await page.evaluate(async () => {
    const response = await fetch('/api/v1/no-such-endpoint')
    return { status: response.status, type: response.headers.get('Content-Type'), body: await response.text() }
  })
  expect(answer.status).toBe(404)
  expect(answer.type).toContain('application/problem+json')
  expect(JSON.parse(answer.body)).toMatchObject({ code: 'api.notFound' })
})

test('a wrong-shaped stored state is re-seeded and the user is told the demo data was reset', async ({ page }) => {
  await prepare(page)
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e.brokenDb')) return
    sessionStorage.setItem('e2e.brokenDb', '1')
    localStorage.setItem('ccp.mockDb', JSON.stringify({ version: 999 }))
  })
  // On the login page itself: loginAs would put a good stored state in place of the broken one.
  await page.goto('/login')
  await page.getByRole('button', { name: 'Log in as personal.resident@demo.test' }).click()
  await expect(page.getByText('The demo data saved in this browser could not be read, so it was reset to the original demo data.')).toBeVisible()
  await page.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText('The demo data saved in this browser could not be read')).toBeHidden()
})

test('a full browser storage is worded as such and the typed ticket stays in the form', async ({ page }) => {
  await prepare(page)
  await loginAs(page, 'personal.resident@demo.test', '/tickets/new')
  await page.getByLabel('Subject').fill('Storage is full here')
  await page.getByLabel('Category').selectOption({ label: 'Technical question' })
  await page.getByLabel('Message').fill('Trying to create a ticket with a full browser storage.')
  // Fill what is left of this origin's localStorage quota.
  await page.evaluate(() => {
    let chunk = 'x'.repeat(1024 * 1024)
    for (let i = 0; chunk.length > 0; i++) {
      try {
        localStorage.setItem(`e2e.filler.${i}`, chunk)
      } catch {
        chunk = chunk.slice(0, Math.floor(chunk.length / 2))
      }
    }
  })
  await page.locator('main form').getByRole('button', { name: 'Create ticket' }).click()
  await expect(page.getByText("The browser's storage is full, so the change was not saved.", { exact: false })).toBeVisible()
  await expect(page.getByLabel('Subject')).toHaveValue('Storage is full here')
  await expect(page).toHaveURL(/\/tickets\/new$/)
})

// The mock answers the panel's own requests in the page, as a call (mocks/kernel/inPageBackend.ts);
// its service worker, started at idle, answers calls from the console or a script, and the panel's
// requests too with QA's `ccp.mock.throughWorker` setting (then the network panel lists them).
test('the panel is answered in the page, and through the service worker with QA’s throughWorker setting', async ({ page }) => {
  await prepare(page)
  const overNetwork: string[] = []
  page.on('response', (response) => {
    if (new URL(response.url()).pathname.startsWith('/api/v1/tickets') && response.fromServiceWorker()) overNetwork.push(response.url())
  })
  await loginAs(page, 'business.resident@demo.test', '/tickets')
  await expect(page.getByRole('row', { name: /#1001/ })).toBeVisible()
  await page.getByLabel('Status').selectOption({ label: 'Closed' })
  await expect(page.locator('main tbody tr')).toHaveCount(1)
  expect(overNetwork).toEqual([])
  expect((await mockRequestLog(page)).filter((request) => request.path.startsWith('/tickets?')).length).toBeGreaterThan(0)

  await page.evaluate(() => localStorage.setItem('ccp.mock.throughWorker', '1'))
  const answered = page.waitForResponse((response) => new URL(response.url()).pathname === '/api/v1/tickets')
  await page.getByLabel('Status').selectOption({ index: 0 })
  expect((await answered).fromServiceWorker()).toBe(true)
  await expect(page.locator('main tbody tr')).toHaveCount(3)
})

// A browser that gives this page no service worker still gets a whole panel.
test.describe('in a browser that gives the page no service worker', () => {
  test.use({ serviceWorkers: 'block' })

  test('the panel logs in, shows the balances and stays logged in across a reload', async ({ page }) => {
    await prepare(page)
    await page.goto('/login')
    await page.getByRole('button', { name: 'Log in as personal.resident@demo.test' }).click()
    const mainBalance = page.getByRole('main').getByText('Main balance')
    await expect(mainBalance).toBeVisible()
    // The session is the mock's (its stored data): a reload confirms it with the mock in the page.
    await page.reload()
    await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
    await expect(mainBalance).toBeVisible()
    expect(await page.evaluate(() => navigator.serviceWorker?.controller ?? null)).toBeNull()
  })
})
