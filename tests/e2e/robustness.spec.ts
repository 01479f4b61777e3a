// The client under rough conditions: a page whose code cannot be fetched (offline) after a ticket
// was created, two tabs of one browser logging in and out, and leaving a page with unsaved input.
import { expect, test, type Page } from '@playwright/test'
import { openForm, openProfile, field } from './profileHelpers'
import { loginAs, prepare } from './support'

/** Opens a page logged in as a demo persona. */
async function openAs(page: Page, email: string, path: string) {
  await loginAs(page, email, path)
}

const accountButton = (page: Page, email: string) => page.getByRole('button', { name: `Account menu: ${email}` })

test.beforeEach(async ({ page }) => prepare(page))

test('a ticket page that cannot load says so, is not created twice, and opens on "Try again"', async ({ page, context }) => {
  await openAs(page, 'sole.resident@demo.test', '/tickets/new')
  await expect(page.getByRole('heading', { level: 1, name: 'Create ticket' })).toBeVisible()
  // Offline from here on for the ticket page's code (the in-browser mock API still answers). The
  // context's route: the mock's service worker fetches the app's files, and page.route does not see it.
  let refused = 0
  const offline = (route: { abort: () => Promise<void> }) => {
    refused += 1
    return route.abort()
  }
  await context.route('**/assets/TicketView-*.js', offline)

  await page.getByLabel('Subject').fill('Backups do not start after the upgrade')
  await page.getByLabel('Category').selectOption({ label: 'Technical question' })
  await page.getByLabel('Message').fill('The daily backup of server web-1 has not run since Monday.')
  const send = page.locator('main form').getByRole('button', { name: 'Create ticket' })
  await send.click()

  const alert = page.getByRole('alert').filter({ hasText: 'The page could not be loaded. Check the connection and try again.' })
  await expect(alert).toBeVisible()
  await expect(page).toHaveURL(/\/tickets\/new$/)
  expect(refused).toBeGreaterThan(0)
  // A second press does not create a second ticket: it tries to open the same one again. That
  // attempt must have failed too before the connection comes back, or it would open the page
  // itself, racing "Try again". (Chromium keeps the failed module as failed: the attempt fails at
  // once, without a request; the router's error hook counts it either way.)
  await page.evaluate(() => {
    type Router = { onError: (handler: () => void) => void }
    const app = (document.querySelector('#app') as unknown as { __vue_app__: { config: { globalProperties: { $router: Router } } } }).__vue_app__
    const counted = window as unknown as { failedNavigations: number }
    counted.failedNavigations = 0
    app.config.globalProperties.$router.onError(() => (counted.failedNavigations += 1))
  })
  await send.click()
  await expect.poll(() => page.evaluate(() => (window as unknown as { failedNavigations: number }).failedNavigations)).toBe(1)
  await expect(alert).toBeVisible()

  // Back online: "Try again" opens the ticket (in the page, or, where the browser keeps refusing
  // the module it failed to fetch, by loading the page afresh).
  await context.unroute('**/assets/TicketView-*.js', offline)
  await alert.getByRole('button', { name: 'Try again' }).click()
  await expect(page).toHaveURL(/\/tickets\/\d+$/)
  await expect(page.getByRole('heading', { level: 1, name: /Backups do not start after the upgrade/ })).toBeVisible()
  await expect(alert).toBeHidden()

  await page.goto('/tickets')
  await expect(page.getByRole('link', { name: /Backups do not start after the upgrade/ })).toHaveCount(1)
})

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' })
  test('the page-load message is in Russian too', async ({ page, context }) => {
    await openAs(page, 'sole.resident@demo.test', '/')
    await page.evaluate(() => localStorage.setItem('ccp.preferences', JSON.stringify({ language: 'ru', theme: 'light' })))
    // Offline for the page's code before the reload: the idle prefetch must not fetch it first.
    await context.route('**/assets/TicketsView-*.js', (route) => route.abort())
    await page.reload()
    await page.locator('main a[href="/tickets"]').first().click()
    const alert = page.getByRole('alert').filter({ hasText: 'Не удалось загрузить страницу. Проверьте подключение и попробуйте снова.' })
    await expect(alert).toBeVisible()
    await expect(alert.getByRole('button', { name: 'Повторить' })).toBeVisible()
  })
})

test.describe('two tabs of one browser', () => {
  test('a log out in one tab sends the other to log in', async ({ page, context }) => {
    await openAs(page, 'business.resident@demo.test', '/tickets')
    const other = await context.newPage()
    await prepare(other)
    await other.goto('/profile')
    await expect(accountButton(other, 'business.resident@demo.test')).toBeVisible()

    await accountButton(other, 'business.resident@demo.test').click()
    await other.getByRole('menuitem', { name: 'Log out' }).click()
    await expect(other.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible()

    // The first tab no longer shows the previous user's tickets.
    await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible()
    await expect(page).toHaveURL(/\/login\?redirect=\/tickets$/)
  })

  test('logging in as someone else in one tab switches the other, and neither logs the other out', async ({ page, context }) => {
    await openAs(page, 'business.resident@demo.test', '/profile')
    const other = await context.newPage()
    await prepare(other)
    await other.goto('/')
    await accountButton(other, 'business.resident@demo.test').click()
    await other.getByRole('menuitem', { name: 'Log out' }).click()
    await other.getByRole('button', { name: 'Log in as sole.resident@demo.test' }).click()
    await expect(accountButton(other, 'sole.resident@demo.test')).toBeVisible()

    // The first tab shows the new user, not the previous one's data.
    await expect(accountButton(page, 'sole.resident@demo.test')).toBeVisible()
    await expect(accountButton(page, 'business.resident@demo.test')).toHaveCount(0)
    // Both stay logged in across reloads: the first tab's old session did not delete the new one.
    await page.reload()
    await other.reload()
    await expect(accountButton(page, 'sole.resident@demo.test')).toBeVisible()
    await expect(accountButton(other, 'sole.resident@demo.test')).toBeVisible()
  })
})

test.describe('leaving a page with an unsaved form', () => {
  test('a reload asks first when the profile edit form holds typed input', async ({ page }) => {
    await openProfile(page, 'business.resident@demo.test')
    await openForm(page)
    await field(page, 'Position').fill('Chief executive officer')
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type())
      void dialog.accept()
    })
    await page.reload()
    expect(dialogs).toEqual(['beforeunload'])
    // Leaving was confirmed: the page reloads without the typed value.
    await expect(page.getByRole('button', { name: 'Change', exact: true })).toBeVisible()
  })

  test('a clean form reloads without asking', async ({ page }) => {
    await openProfile(page, 'business.resident@demo.test')
    await openForm(page)
    await page.getByRole('heading', { name: 'Edit profile' }).click()
    const dialogs: string[] = []
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.type())
      void dialog.accept()
    })
    await page.reload()
    await expect(page.getByRole('button', { name: 'Change', exact: true })).toBeVisible()
    expect(dialogs).toEqual([])
  })
})
