// The panel's shell as a user meets it on every page: the side navigation (the current section
// marked, collapsible on a desktop, a drawer on a phone), the header (account number and type, the
// main balance, help, the account menu — for a logged-in user on every page, 404 included), the
// public header when logged out, document titles, and a home page that does not jump when its
// data arrives.
import { expect, test, type Page } from '@playwright/test'
import { loginAs, openInApp, PANEL_PAGES, prepare, setMockLatency } from './support'

test.beforeEach(async ({ page }) => prepare(page))

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' })
const accountButton = (page: Page, email: string) => page.getByRole('banner').getByRole('button', { name: new RegExp(`Account menu.*${email.replace(/\./g, '\\.')}`) })

async function expectPanelHeader(page: Page, email: string) {
  const banner = page.getByRole('banner')
  // (The account menu, closed, repeats them: only what is on screen counts.)
  await expect(banner.getByText(/^Account \d{6}$/).filter({ visible: true })).toBeVisible()
  await expect(banner.getByText('Business account').filter({ visible: true })).toBeVisible()
  const balance = banner.getByRole('link', { name: /^Main balance ₽48,500\.00$/ })
  await expect(balance).toHaveAttribute('href', '/balance')
  await expect(banner.getByRole('button', { name: 'Help' })).toBeVisible()
  await expect(accountButton(page, email)).toBeVisible()
}

test('a logged-in user has the navigation and the header on every page, 404 included', async ({ page }) => {
  // Each page visited as a link of the panel opens it; the last one is loaded afresh.
  test.slow()
  await loginAs(page, 'business.resident@demo.test')
  for (const { path, section } of PANEL_PAGES) {
    await openInApp(page, path)
    await expect(page.getByRole('heading', { level: 1 }).first(), `${path} has its heading`).toBeVisible()
    await expectPanelHeader(page, 'business.resident@demo.test')
    const nav = sections(page)
    await expect(nav.getByRole('link')).toHaveText(['Home', 'Services', 'Balance and payments', 'Tickets', 'Profile and settings', 'Referral program', 'Knowledge base'])
    const current = nav.locator('[aria-current="page"]')
    if (section) await expect(current, `${path} marks its section`).toHaveText(section)
    else await expect(current, `${path} is in no section`).toHaveCount(0)
  }
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
})

test('the header stays on the login page of a shared persona link that cannot be followed', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  await page.goto('/login?as=nobody%40demo.test')
  await expect(page.getByRole('alert')).toHaveText('There is no demo account nobody@demo.test. Choose one below.')
  await expectPanelHeader(page, 'business.resident@demo.test')
  await expect(sections(page)).toBeVisible()
})

test('logged out, pages have the public header: the wordmark, language and theme, no panel navigation', async ({ page }) => {
  for (const path of ['/login', '/register', '/no-such-page']) {
    await page.goto(path)
    const banner = page.getByRole('banner')
    await expect(banner.getByRole('link', { name: 'Control panel' })).toBeVisible()
    await expect(banner.getByLabel('Interface language')).toBeVisible()
    await expect(banner.getByLabel('Panel theme')).toBeVisible()
    await expect(banner.getByRole('button', { name: /Account menu/ })).toHaveCount(0)
    await expect(sections(page)).toHaveCount(0)
  }
})

test('the account menu shows who is logged in above its items, as text, not as an item', async ({ page }) => {
  await loginAs(page, 'business.nonresident@demo.test')
  await accountButton(page, 'business.nonresident@demo.test').click()
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem')).toHaveText(['Balance and payments', 'Tickets', 'Profile and settings', 'Referral program', 'Log out'])
  const card = page.getByRole('banner').locator('.menu-button__header')
  await expect(card).toContainText('Jonas Weber')
  await expect(card).toContainText('business.nonresident@demo.test')
  await expect(card).toContainText('Main administrator')
  await expect(card).toContainText(/Account \d{6}/)
  await expect(card.getByRole('menuitem')).toHaveCount(0)
  await expect(menu.getByText('Jonas Weber')).toHaveCount(0)
})

test('the navigation collapses to icons on a desktop, keeps its names, and stays collapsed after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 800 })
  await loginAs(page, 'business.resident@demo.test')
  const nav = sections(page)
  const toggle = nav.getByRole('button', { name: 'Collapse navigation' })
  await expect(toggle).toHaveAttribute('aria-expanded', 'true')
  const wide = (await nav.boundingBox())!.width
  await toggle.click()
  const expand = nav.getByRole('button', { name: 'Expand navigation' })
  await expect(expand).toHaveAttribute('aria-expanded', 'false')
  expect((await nav.boundingBox())!.width).toBeLessThan(wide / 2)
  // The links keep their accessible names (and the current one its mark).
  await expect(nav.getByRole('link', { name: 'Tickets' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page')
  await page.reload()
  await expect(nav.getByRole('button', { name: 'Expand navigation' })).toBeVisible()
  await nav.getByRole('button', { name: 'Expand navigation' }).click()
  await expect(nav.getByRole('button', { name: 'Collapse navigation' })).toBeVisible()
})

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } })

  test('the navigation is a drawer: the menu button opens it on the current section, Escape closes it', async ({ page }) => {
    await loginAs(page, 'business.resident@demo.test', '/tickets')
    const toggle = page.getByRole('banner').getByRole('button', { name: 'Navigation' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(sections(page)).toBeHidden()
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const nav = sections(page)
    await expect(nav).toBeVisible()
    await expect(nav.getByRole('link', { name: 'Tickets' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(nav).toBeHidden()
    await expect(toggle).toBeFocused()
    // A chosen link closes the drawer too.
    await toggle.click()
    await nav.getByRole('link', { name: 'Referral program' }).click()
    await expect(page).toHaveURL(/\/referral$/)
    await expect(nav).toBeHidden()
  })

  test('the header is one row and the account menu opens inside the screen', async ({ page }) => {
    await loginAs(page, 'user.business.resident@demo.test')
    const banner = page.getByRole('banner')
    expect((await banner.boundingBox())!.height).toBeLessThanOrEqual(64)
    for (const control of [banner.getByRole('button', { name: 'Navigation' }), banner.getByRole('link', { name: 'Control panel' }), banner.getByRole('link', { name: /^Main balance/ }), banner.getByRole('button', { name: 'Help' })]) {
      const box = (await control.boundingBox())!
      expect(box.y + box.height).toBeLessThanOrEqual(64)
    }
    await accountButton(page, 'user.business.resident@demo.test').click()
    const menu = page.getByRole('menu')
    await expect(menu).toBeVisible()
    for (const target of [menu, page.getByRole('banner').locator('.menu-button__header'), ...(await menu.getByRole('menuitem').all())]) {
      const box = (await target.boundingBox())!
      expect(box.x, 'left edge inside the screen').toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, 'right edge inside the screen').toBeLessThanOrEqual(390)
    }
  })
})

test('document titles name the page once, and an article by its own title', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  await expect(page).toHaveTitle('Control panel')
  await openInApp(page, '/tickets')
  await expect(page).toHaveTitle('Tickets — Control panel')
  await page.goto('/knowledge-base/two-step-authentication')
  await expect(page.getByRole('heading', { level: 1, name: 'Two-step authentication' })).toBeVisible()
  await expect(page).toHaveTitle('Two-step authentication — Control panel')
  await openInApp(page, '/knowledge-base')
  await expect(page).toHaveTitle('Knowledge base — Control panel')
})

test('the home page does not move when its data arrives (CLS = 0)', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  // A slow API, and a layout-shift observer from the very start of the next load.
  await setMockLatency(page, 1500)
  await page.addInitScript(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] }
    w.__cls = 0
    w.__shifts = []
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] }[]) {
        if (entry.hadRecentInput) continue
        w.__cls += entry.value
        w.__shifts.push(`${entry.value.toFixed(4)} ${(entry.sources ?? []).map((s) => (s.node as Element | undefined)?.className ?? s.node?.nodeName).join(', ')}`)
      }
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.reload()
  // Placeholders first, then the data.
  await expect(page.getByRole('region', { name: 'Balance' })).toHaveAttribute('aria-busy', 'true')
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('₽48,500.00')).toBeVisible({ timeout: 10_000 })
  await expect(page.getByRole('banner').getByRole('link', { name: /^Main balance ₽48,500\.00$/ })).toBeVisible()
  await page.waitForTimeout(500)
  const { cls, shifts } = await page.evaluate(() => {
    const w = window as unknown as { __cls: number; __shifts: string[] }
    return { cls: w.__cls, shifts: w.__shifts }
  })
  expect(cls, `layout shifts: ${shifts.join('; ')}`).toBe(0)
})
