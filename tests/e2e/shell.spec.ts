// The panel's shell: the account menu, the home blocks and where each action leads, the profile
// tabs, and Panel settings (language, theme, reset), as a user would use them.
import { expect, test, type Page } from '@playwright/test'
import { clearNetworkRules, failRequests, loginAs, prepare } from './support'

test.beforeEach(async ({ page }) => prepare(page))

const accountButton = (page: Page, email = 'business.resident@demo.test') => page.getByRole('button', { name: new RegExp(email.replace(/\./g, '\\.')) })

test('the account menu works from the keyboard (WAI-ARIA menu button)', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  const button = accountButton(page)
  await expect(button).toHaveAttribute('aria-haspopup', 'menu')
  await button.focus()
  await page.keyboard.press('Enter')
  const menu = page.getByRole('menu')
  await expect(menu.getByRole('menuitem')).toHaveText(['Balance and payments', 'Tickets', 'Profile and settings', 'Referral program', 'Log out'])
  await expect(menu.getByRole('menuitem', { name: 'Balance and payments' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(menu.getByRole('menuitem', { name: 'Tickets' })).toBeFocused()
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(menu.getByRole('menuitem', { name: 'Log out' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(button).toBeFocused()
  await expect(button).toHaveAttribute('aria-expanded', 'false')

  await page.keyboard.press('Space')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/profile$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Profile and settings' })).toBeVisible()
})

test('the home page has the three blocks fed by the API, with rubles for the locale', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  const support = page.getByRole('region', { name: 'Support' })
  const balance = page.getByRole('region', { name: 'Balance' })
  const profile = page.getByRole('region', { name: 'Profile' })
  await expect(support.getByRole('link', { name: '2 open tickets' })).toHaveAttribute('href', '/tickets')
  await expect(support.getByText('1 ticket with a new answer')).toBeVisible()
  await expect(support.getByRole('button', { name: 'Context help' })).toBeVisible()
  await expect(support.getByRole('link', { name: 'Knowledge base' })).toBeVisible()
  await expect(support.getByRole('button', { name: 'Create ticket' })).toBeVisible()
  await expect(balance.getByText('₽48,500.00')).toBeVisible()
  await expect(balance.getByText('10%')).toBeVisible()
  for (const name of ['Transaction history', 'Billing documents', 'Notifications']) await expect(balance.getByRole('link', { name })).toBeVisible()
  await expect(balance.getByRole('button', { name: 'Top up balance' })).toBeVisible()
  for (const name of ['Settings', 'Login history', 'Security', 'API keys']) await expect(profile.getByRole('link', { name })).toBeVisible()
  await expect(profile.getByRole('button', { name: 'Change password' })).toBeVisible()
})

test('a user who is not the main administrator does not see billing documents on the home page', async ({ page }) => {
  await loginAs(page, 'user.business.resident@demo.test')
  const balance = page.getByRole('region', { name: 'Balance' })
  await expect(balance.getByText('Main balance')).toBeVisible()
  await expect(balance.getByRole('link', { name: 'Billing documents' })).toHaveCount(0)
  await expect(balance.getByText('Billing documents are available to the main administrator.')).toBeVisible()
})

test('every home action goes to its own route', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  const actions: [string, 'link' | 'button', RegExp][] = [
    ['Knowledge base', 'link', /\/knowledge-base$/],
    ['Create ticket', 'button', /\/tickets\/new$/],
    ['Transaction history', 'link', /\/balance\/transactions$/],
    ['Billing documents', 'link', /\/balance\/documents$/],
    ['Notifications', 'link', /\/balance\/notifications$/],
    ['Top up balance', 'button', /\/balance\/top-up$/],
    ['Settings', 'link', /\/profile\/settings$/],
    ['Login history', 'link', /\/profile\/security\/login-history$/],
    ['Security', 'link', /\/profile\/security$/],
    ['API keys', 'link', /\/profile\/api-keys$/],
    ['Change password', 'button', /\/profile\/security\/password$/],
  ]
  for (const [name, role, url] of actions) {
    // The home page's own actions (the side navigation has a "Knowledge base" link too).
    await page.getByRole('main').getByRole(role, { name, exact: true }).click()
    await expect(page).toHaveURL(url)
    // Every page has a heading; none is blank.
    await expect(page.getByRole('heading').first()).toBeVisible()
    await page.getByRole('link', { name: 'Control panel', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
  }
})

test('"Settings" opens Panel settings; the tabs have their own URLs and follow the arrow keys', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  const tabs = page.getByRole('tablist', { name: 'Profile and settings' }).getByRole('tab')
  await expect(tabs).toHaveText(['Profile', 'Panel settings', 'Security', 'API keys', 'Users'])
  await expect(page.getByRole('tab', { name: 'Panel settings' })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('tab', { name: 'Panel settings' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page).toHaveURL(/\/profile\/security$/)
  await expect(page.getByRole('tab', { name: 'Security' })).toBeFocused()
  await expect(page.getByRole('tab', { name: 'Security' })).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('End')
  await expect(page).toHaveURL(/\/profile\/users$/)
  await page.keyboard.press('Home')
  await expect(page).toHaveURL(/\/profile$/)
  // A tab can be linked.
  await page.goto('/profile/api-keys')
  await expect(page.getByRole('tab', { name: 'API keys' })).toHaveAttribute('aria-selected', 'true')
})

test('language and theme apply at once, stay after a reload and follow the user to another browser', async ({ page, browser }) => {
  await loginAs(page, 'personal.resident@demo.test', '/profile/settings')
  await page.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await page.getByRole('radio', { name: 'Русский' }).check()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.getByRole('heading', { level: 1, name: 'Профиль и настройки' })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Тёмная' })).toBeChecked()

  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Профиль и настройки' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')

  // Another browser (a fresh context with English/light defaults) gets the user's choice after login.
  const other = await browser.newContext({ locale: 'en-US', colorScheme: 'light' })
  const otherPage = await other.newPage()
  await prepare(otherPage)
  await otherPage.goto('/login')
  await expect(otherPage.locator('html')).toHaveAttribute('lang', 'en')
  // The mock backend lives in each browser's storage, so carry the server's data over first.
  const db = await page.evaluate(() => localStorage.getItem('ccp.mockDb'))
  await otherPage.evaluate((db) => localStorage.setItem('ccp.mockDb', db!), db)
  await otherPage.getByLabel('Email').fill('personal.resident@demo.test')
  await otherPage.getByLabel('Password').fill('demo-password')
  await otherPage.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Панель управления' })).toBeVisible()
  await expect(otherPage.locator('html')).toHaveAttribute('data-theme', 'dark')
  await other.close()
})

test('before login, the last choice on this browser applies', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Panel theme').selectOption('branded')
  await page.getByLabel('Interface language').selectOption('ru')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'branded')
  await expect(page.getByRole('heading', { name: 'Вход' })).toBeVisible()
})

test('without a saved choice the browser language and colour scheme apply', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'ru-RU', colorScheme: 'dark' })
  const page = await context.newPage()
  await page.goto('/login')
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru')
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark')
  await context.close()
})

test('"Reset" of the user settings asks for confirmation first', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test', '/profile/settings')
  await expect(page.getByRole('heading', { name: 'User settings' })).toBeVisible()
  await page.getByRole('button', { name: 'Reset' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset user settings?' })
  await expect(dialog).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('button', { name: 'Reset' })).toBeFocused()
  await page.getByRole('button', { name: 'Reset' }).click()
  await dialog.getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByText('User settings have been reset.')).toBeVisible()
})

test('a failed request says what happened and offers to try again', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  await failRequests(page, 'GET', '/home/summary', '503')
  await page.reload()
  await expect(page.getByRole('alert')).toContainText('Could not load your balances and tickets.')
  await clearNetworkRules(page)
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(page.getByRole('region', { name: 'Balance' }).getByText('₽48,500.00')).toBeVisible()
})
