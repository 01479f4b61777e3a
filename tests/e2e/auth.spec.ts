// Log in, registration, sessions: as a new user would go through them.
import { expect, test } from '@playwright/test'
import { personaSeeds } from '../../mocks/auth/seed'
import { fillRegistration, loginAs, prepare } from './support'

test.beforeEach(async ({ page }) => prepare(page))

test('the login page lists the seven demo personas as one-click logins', async ({ page }) => {
  await page.goto('/login')
  for (const { email } of personaSeeds) await expect(page.getByRole('button', { name: `Log in as ${email}` })).toBeVisible()
  await page.getByRole('button', { name: 'Log in as state.resident@demo.test' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
  await expect(page.getByRole('button', { name: /state\.resident@demo\.test/ })).toBeVisible()
})

test('wrong credentials get one generic message and keep the email', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill('business.resident@demo.test')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.')
  await expect(page.getByLabel('Email')).toHaveValue('business.resident@demo.test')
  await expect(page.getByLabel('Password')).toHaveValue('not-the-password')
})

test('from the keyboard: a refused login keeps focus where the user can act', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Log in', exact: true }).focus()
  await page.keyboard.press('Enter')
  // Nothing in Email: focus goes to it, with its message.
  await expect(page.getByLabel('Email')).toBeFocused()
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
  await page.keyboard.type('business.resident@demo.test')
  await page.getByLabel('Password').fill('not-the-password')
  await page.getByRole('button', { name: 'Log in', exact: true }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.')
  // The button stayed focusable while the request ran, so focus did not fall to the page's body.
  await expect(page.getByRole('button', { name: 'Log in', exact: true })).toBeFocused()
})

test('a malformed email gets a message on the field, in Russian too', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Interface language').selectOption('ru')
  await page.getByLabel('Электронная почта').fill('ivan-at-example')
  await page.getByRole('button', { name: 'Войти', exact: true }).click()
  await expect(page.getByLabel('Электронная почта')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByRole('alert').first()).toHaveText('Введите адрес вида name@example.com.')
  await expect(page.getByLabel('Электронная почта')).toHaveValue('ivan-at-example')
})

test('five failed logins lock the email for a while (429)', async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill('sole.resident@demo.test')
  await page.getByLabel('Password').fill('wrong')
  for (let attempt = 0; attempt < 5; attempt++) {
    await page.getByRole('button', { name: 'Log in', exact: true }).click()
    await expect(page.getByRole('alert')).toHaveText('Incorrect email or password.')
  }
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page.getByRole('alert')).toHaveText(/Too many failed attempts\. Try again in 15 minutes\./)
})

test('registration: account type, residency, email and password, then home, logged in', async ({ page }) => {
  await page.goto('/login')
  await page.getByRole('link', { name: 'Register', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Register' })).toBeVisible()
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('group', { name: 'Account type' }).getByRole('alert')).toHaveText('Fill in this field.')
  // The first field to fix takes focus: in a radio group, its first radio.
  await expect(page.getByLabel('Personal account')).toBeFocused()

  await page.getByLabel('Sole trader').check()
  await expect(page.getByLabel('Non-resident of the RF')).toBeDisabled()
  await page.getByLabel('Business account').check()
  await page.getByLabel('Non-resident of the RF').check()
  await page.getByLabel('Email').fill('owner@new-company.example')
  await page.getByLabel('Password', { exact: true }).fill('password')
  await expect(page.getByText('At least one digit (not yet)')).toBeVisible()
  await page.getByLabel('Password', { exact: true }).fill('password-2026')
  await page.getByLabel('Confirm password').fill('password-2027')
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByText('The passwords do not match.')).toBeVisible()
  await page.getByLabel('Confirm password').fill('password-2026')
  await page.getByRole('button', { name: 'Register' }).click()

  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
  await expect(page.getByRole('button', { name: /owner@new-company\.example/ })).toBeVisible()
  // The new account logs in again after logging out.
  await page.getByRole('button', { name: /owner@new-company\.example/ }).click()
  await page.getByRole('menuitem', { name: 'Log out' }).click()
  await page.getByLabel('Email').fill('owner@new-company.example')
  await page.getByLabel('Password').fill('password-2026')
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
})

test('registering an email that exists says so on the field and keeps the form', async ({ page }) => {
  await page.goto('/register')
  await fillRegistration(page, { type: 'Personal account', email: 'personal.resident@demo.test', password: 'password-1' })
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByText('An account with this email already exists. Log in or use another email.')).toBeVisible()
  await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('password-1')
})

test('registering through a referral link keeps the code and counts the account as the participant’s referral', async ({ page }) => {
  await page.goto('/register?ref=DEVOPS7K2Q')
  await expect(page.getByText('You are registering by an invitation from a participant of our referral program.')).toBeVisible()
  await fillRegistration(page, { type: 'Personal account', email: 'invited@new-company.example', password: 'password-2026', confirmation: 'password-2027' })
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByText('The passwords do not match.')).toBeVisible()
  // A refused attempt keeps the invitation.
  await expect(page).toHaveURL(/\/register\?ref=DEVOPS7K2Q$/)
  // Focus went to the field to fix.
  await expect(page.getByLabel('Confirm password')).toBeFocused()
  // A detour to the login page and back keeps it too.
  await page.getByRole('link', { name: 'Log in', exact: true }).click()
  await page.getByRole('link', { name: 'Register', exact: true }).click()
  await expect(page).toHaveURL(/\/register\?ref=DEVOPS7K2Q$/)
  await fillRegistration(page, { type: 'Personal account', email: 'invited@new-company.example', password: 'password-2026' })
  await page.getByRole('button', { name: 'Register' }).click()
  await expect(page.getByRole('button', { name: /invited@new-company\.example/ })).toBeVisible()

  await page.goto('/login?as=business.resident%40demo.test&redirect=%2Freferral')
  const referrals = page.getByRole('term').filter({ hasText: 'Registered referrals' }).locator('xpath=following-sibling::dd[1]')
  await expect(referrals).toHaveText('15') // 14 in the seed
})

test('the session survives a reload, and log out ends it', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Control panel' })).toBeVisible()
  await page.getByRole('button', { name: /business\.resident@demo\.test/ }).click()
  await page.getByRole('menuitem', { name: 'Log out' }).click()
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
  await page.goto('/profile/settings')
  await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
})

test('a deep link opened while logged out returns to that page after login', async ({ page }) => {
  await page.goto('/profile/settings')
  await expect(page).toHaveURL(/\/login\?redirect=%2Fprofile%2Fsettings|\/login\?redirect=\/profile\/settings/)
  await page.getByLabel('Email').fill('sole.resident@demo.test')
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page).toHaveURL(/\/profile\/settings$/)
  await expect(page.getByRole('tab', { name: 'Panel settings' })).toHaveAttribute('aria-selected', 'true')
})

test('an expired session sends the user to log in with a message, then back', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  // The server forgets every session (as when a session times out) just before the next page
  // loads: done in an init script so no request of the current page can notice it first.
  await page.addInitScript(() => {
    if (sessionStorage.getItem('e2e.sessionsDropped')) return
    sessionStorage.setItem('e2e.sessionsDropped', '1')
    const db = JSON.parse(localStorage.getItem('ccp.mockDb')!)
    db.sessions = []
    localStorage.setItem('ccp.mockDb', JSON.stringify(db))
  })
  await page.goto('/profile/settings')
  await expect(page.getByText('Your session has expired. Please log in again to continue.')).toBeVisible()
  await expect(page).toHaveURL(/redirect=(%2F|\/)profile(%2F|\/)settings/)
  await page.getByLabel('Email').fill('business.resident@demo.test')
  await page.getByLabel('Password').fill('demo-password')
  await page.getByRole('button', { name: 'Log in', exact: true }).click()
  await expect(page).toHaveURL(/\/profile\/settings$/)
  await expect(page.getByRole('tab', { name: 'Panel settings' })).toHaveAttribute('aria-selected', 'true')
})

test('a shared link opens a given persona on a given page', async ({ page }) => {
  await loginAs(page, 'business.resident@demo.test')
  await page.goto('/login?as=sole.resident%40demo.test&redirect=%2Fprofile%2Fsettings')
  await expect(page).toHaveURL(/\/profile\/settings$/)
  await expect(page.getByRole('button', { name: /sole\.resident@demo\.test/ })).toBeVisible()
  await page.goto('/login?as=nobody%40demo.test')
  await expect(page.getByRole('alert')).toHaveText('There is no demo account nobody@demo.test. Choose one below.')
})
