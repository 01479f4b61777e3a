// Account security as a customer uses it: changing the password (the old one then fails, and that
// attempt is in the login history; the new one logs in), ending another browser's session (that
// browser's next page is log in, saying why), turning two-step authentication on with a code
// computed from the secret the dialog shows (the next log in asks for a code; a backup code
// works), and secure.resident logging in with a code of its documented secret. axe runs on the
// login code step, the Security tab and its dialogs, the password page and the login history in
// every theme, switched in place. Every test has its own browser context, so its own mock data.
import { expect, test, type Browser, type Page } from '@playwright/test'
import { Secret, TOTP } from 'otpauth'
import { expectNoSeriousA11yViolations, loginAs, mockServesNetwork, prepare, THEMES, useTheme } from './support'

const DEMO_PASSWORD = 'demo-password'
/** secure.resident's documented secret (README, personas). */
const SECURE = { email: 'secure.resident@demo.test', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' }
/** Where the in-browser mock keeps its data (mocks/kernel/qaSettings.ts). */
const MOCK_DB_KEY = 'ccp.mockDb'
const FIREFOX_ON_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'

/** The code an authenticator app shows now (or `steps` 30-second steps later: a code is accepted once). */
const totp = (secret: string, steps = 0) => new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: Date.now() + steps * 30_000 })

async function inEveryTheme(page: Page, screen: string) {
  for (const theme of THEMES) {
    await useTheme(page, theme)
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await expectNoSeriousA11yViolations(page, `${screen}, ${theme}`)
  }
}

async function logOut(page: Page, email: string) {
  await page.getByRole('button', { name: new RegExp(email.replace(/\./g, '\\.')) }).click()
  await page.getByRole('menuitem', { name: 'Log out' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Log in' })).toBeVisible()
}

async function logInWithPassword(page: Page, email: string, password: string) {
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
}

/**
 * Each browser context has its own in-browser mock, so its own data. Two browsers of one user
 * need one backend: the test hands the data from one to the other before each step, as a shared
 * server would have it.
 */
async function shareData(from: Page, to: Page) {
  const raw = await from.evaluate((key) => localStorage.getItem(key), MOCK_DB_KEY)
  expect(raw).toBeTruthy()
  await to.evaluate(([key, raw]) => localStorage.setItem(key, raw), [MOCK_DB_KEY, raw!] as const)
}

async function newBrowser(browser: Browser, userAgent: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'en-US', userAgent })
  const page = await context.newPage()
  await prepare(page)
  return page
}

test('changing the password: the old one then fails, which the login history shows, and the new one logs in', async ({ page }) => {
  test.setTimeout(60_000)
  const email = 'personal.resident@demo.test'
  const newPassword = 'new-secret-2026'
  await prepare(page)
  await loginAs(page, email, '/profile/security')
  await page.getByRole('link', { name: 'Change password' }).click()
  await expect(page).toHaveURL(/\/profile\/security\/password$/)
  await expect(page.getByRole('heading', { level: 2, name: 'Change password' })).toBeVisible()
  await inEveryTheme(page, 'change password page')

  // A mismatched confirmation is refused on its field, nothing sent.
  await page.getByLabel('Current password').fill(DEMO_PASSWORD)
  await page.getByLabel('New password', { exact: true }).fill(newPassword)
  await page.getByLabel('Confirm new password').fill(`${newPassword}x`)
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page.getByText('The passwords do not match.')).toBeVisible()
  await page.getByLabel('Confirm new password').fill(newPassword)
  await page.getByRole('button', { name: 'Change password' }).click()
  await expect(page).toHaveURL(/\/profile\/security$/)
  await expect(page.getByText(/The password has been changed\./)).toBeVisible()

  await logOut(page, email)
  await logInWithPassword(page, email, DEMO_PASSWORD)
  await expect(page.getByText('Incorrect email or password.')).toBeVisible()
  await page.getByLabel('Password').fill(newPassword)
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()

  await page.goto('/profile/security')
  await page.getByRole('link', { name: 'Login history' }).click()
  await expect(page).toHaveURL(/\/profile\/security\/login-history$/)
  const rows = page.getByRole('region', { name: 'Login history table' }).getByRole('row')
  // Newest first: the login just made, then the refused old password.
  await expect(rows.nth(1)).toContainText('Success')
  await expect(rows.nth(2)).toContainText('Wrong password')
  await expect(rows.nth(2)).toContainText(/Chrome \d+ on Linux/)
  await expect(page.getByLabel('User')).toBeVisible() // the main administrator's filter
  await inEveryTheme(page, 'login history page')
})

test('ending another browser’s session sends that browser to log in with a message', async ({ page, browser }) => {
  test.setTimeout(60_000)
  const email = 'sole.resident@demo.test'
  await prepare(page)
  await loginAs(page, email)
  // The same user logs in with Firefox on another computer.
  const other = await newBrowser(browser, FIREFOX_ON_WINDOWS)
  try {
    await other.goto('/login')
    await shareData(page, other)
    await logInWithPassword(other, email, DEMO_PASSWORD)
    await expect(other.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
    await shareData(other, page)

    await page.goto('/profile/security')
    const sessions = page.getByRole('region', { name: 'Active sessions, table' })
    await expect(sessions.getByRole('row').filter({ hasText: 'This device' })).toContainText(/Chrome \d+ on Linux/)
    const firefox = sessions.getByRole('row').filter({ hasText: 'Firefox 133 on Windows 10' })
    await firefox.getByRole('button', { name: 'End session' }).click()
    await expect(page.getByText(/The session of Firefox 133 on Windows 10 \(.+\) is ended\./)).toBeVisible()
    await expect(firefox).toHaveCount(0)
    await shareData(page, other)

    await other.goto('/profile')
    await expect(other).toHaveURL(/\/login\?.*reason=ended/)
    await expect(other.getByText('Your session was ended from another device or because the password was changed. Please log in again.')).toBeVisible()
    // This browser is still logged in.
    await page.goto('/profile')
    await expect(page.getByRole('tab', { name: 'Profile', selected: true })).toBeVisible()
  } finally {
    await other.context().close()
  }
})

test('turning two-step authentication on with a code of the shown secret; the next log in asks for a code, and a backup code works', async ({ page }) => {
  test.setTimeout(60_000)
  const email = 'state.resident@demo.test'
  await prepare(page)
  await loginAs(page, email, '/profile/security')
  await page.getByRole('button', { name: 'Turn on' }).click()
  const dialog = page.getByRole('dialog', { name: 'Turn on two-step authentication' })
  await dialog.getByLabel('Password').fill(DEMO_PASSWORD)
  await dialog.getByRole('button', { name: 'Continue' }).click()
  await expect(dialog.getByRole('img', { name: /QR code/ })).toBeVisible()
  const secret = (await dialog.locator('code').first().textContent())!.replace(/\s+/g, '')
  expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
  await inEveryTheme(page, 'turn on dialog, the secret')

  await dialog.getByLabel('Code').fill(totp(secret))
  await dialog.getByRole('button', { name: 'Turn on' }).click()
  const codes = dialog.getByRole('list', { name: 'Backup codes' }).getByRole('listitem')
  await expect(codes).toHaveCount(10)
  const backupCode = (await codes.first().textContent())!.trim()
  expect(backupCode).toMatch(/^[a-z0-9]{4}-[a-z0-9]{4}$/)
  await inEveryTheme(page, 'turn on dialog, the backup codes')
  await dialog.getByRole('button', { name: 'Done' }).click()
  await expect(page.getByRole('button', { name: 'Turn off' })).toBeVisible()

  await logOut(page, email)
  await logInWithPassword(page, email, DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Two-step authentication' })).toBeVisible()
  // The app's current code has just been used to turn it on: a backup code instead.
  await page.getByLabel('Code').fill(backupCode)
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
})

test('secure.resident logs in with a code of its documented secret; the code step, the Security tab and its dialogs pass axe in every theme', async ({ page }) => {
  test.setTimeout(90_000)
  await prepare(page)
  await page.goto('/login')
  await logInWithPassword(page, SECURE.email, DEMO_PASSWORD)
  await expect(page.getByRole('heading', { name: 'Two-step authentication' })).toBeVisible()
  const code = page.getByLabel('Code')
  await expect(code).toBeFocused()
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code')
  // A wrong code is said on the field, which is cleared.
  await code.fill('000000')
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page.getByText('The code is wrong or has already been used.', { exact: false })).toBeVisible()
  await expect(code).toHaveValue('')
  await expect(code).toHaveAttribute('aria-invalid', 'true')
  await inEveryTheme(page, 'login code step')

  await code.fill(totp(SECURE.secret))
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()

  // Another session of the same user (the next step's code: the current one is used), so that
  // "End all other sessions" has something to end.
  await mockServesNetwork(page)
  const other = await page.evaluate(
    async ([email, password, nextCode]) => {
      const post = (path: string, body: unknown) => fetch(`/api/v1${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
      const { challenge } = await (await post('/auth/login', { email, password })).json()
      return (await post('/auth/login/two-factor', { challenge, code: nextCode })).status
    },
    [SECURE.email, DEMO_PASSWORD, totp(SECURE.secret, 1)] as const,
  )
  expect(other).toBe(200)

  await page.goto('/profile/security')
  await expect(page.getByRole('button', { name: 'Turn off' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'End all other sessions' })).toBeEnabled()
  await inEveryTheme(page, 'security tab')
  for (const [button, title] of [
    ['Turn off', 'Turn off two-step authentication'],
    ['New backup codes', 'New backup codes'],
    ['End all other sessions', 'End all other sessions?'],
  ] as const) {
    await page.getByRole('button', { name: button, exact: true }).click()
    const dialog = page.getByRole('dialog', { name: title })
    await expect(dialog).toBeVisible()
    await inEveryTheme(page, `${title} dialog`)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
})
