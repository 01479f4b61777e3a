// Balance and payments → Notifications: the main administrator sets the low-balance alert (bad
// values refused on their field, a failed save keeps the form, the saved values survive a
// reload); a user sees the account's values read-only and why; Home's Balance links open the
// right tabs; Russian; axe in the three themes.
import { expect, test, type Page } from '@playwright/test'
import { clearNetworkRules, expectNoSeriousA11yViolationsInEveryTheme, failRequests, loginAs, prepare } from './support'

const ADMIN = 'business.resident@demo.test'
const USER = 'user.business.resident@demo.test'

async function openNotifications(page: Page, email: string) {
  await loginAs(page, email, '/balance/notifications')
  await expect(page.getByRole('tab', { name: 'Notifications' })).toHaveAttribute('aria-selected', 'true')
}

test('the main administrator changes the alert, bad values are refused on their field, and the saved values survive a reload', async ({ page }) => {
  // Many steps and two reloads.
  test.slow()
  await prepare(page)
  await openNotifications(page, ADMIN)
  const alertSwitch = page.getByRole('switch', { name: 'Low balance alert' })
  await expect(alertSwitch).toBeChecked()
  await expect(page.getByLabel('In rubles')).toBeChecked()
  await expect(page.getByLabel('Threshold, ₽')).toHaveValue('5000')
  await expect(page.getByLabel('How often to remind')).toHaveValue('6h')
  const channels = page.getByRole('group', { name: 'Channels' })
  await expect(channels.getByLabel('Email')).toBeChecked()
  await expect(channels.getByLabel('Telegram')).not.toBeChecked()

  // More than two decimals: refused on the field, announced, focused.
  await page.getByLabel('Threshold, ₽').fill('1 500,255')
  await page.getByRole('button', { name: 'Save' }).click()
  const decimals = page.getByRole('alert').filter({ hasText: 'Enter at most two digits after the decimal point (kopecks).' })
  await expect(decimals).toBeVisible()
  await expect(page.getByLabel('Threshold, ₽')).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByLabel('Threshold, ₽')).toBeFocused()

  // No channel while the alert is on.
  await page.getByLabel('Threshold, ₽').fill('2 500,50')
  await channels.getByLabel('Email').uncheck()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Choose at least one channel, or turn the alert off.')).toBeVisible()
  await expect(channels).toHaveAttribute('aria-invalid', 'true')

  // A failed save keeps everything typed.
  await channels.getByLabel('Email').check()
  await channels.getByLabel('Telegram').check()
  await page.getByLabel('How often to remind').selectOption({ label: 'Every 12 hours' })
  await failRequests(page, 'PUT', '/billing/notifications', '503')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'The service is temporarily unavailable.' })).toBeVisible()
  await expect(page.getByLabel('Threshold, ₽')).toHaveValue('2 500,50')
  await expect(channels.getByLabel('Telegram')).toBeChecked()
  await expect(page.getByLabel('How often to remind')).toHaveValue('12h')
  await clearNetworkRules(page)

  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Notification settings saved.')).toBeVisible()
  await expect(page.getByLabel('Threshold, ₽')).toHaveValue('2500.50')

  // The threshold in days of forecast instead.
  await page.getByLabel('In days of forecast').check()
  await expect(page.getByLabel('Threshold, ₽')).toHaveCount(0)
  await page.getByLabel('Threshold, days of forecast').fill('91')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Enter a whole number of days from 1 to 90.')).toBeVisible()
  await page.getByLabel('Threshold, days of forecast').fill('10')
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Notification settings saved.')).toBeVisible()

  await page.reload()
  await expect(page.getByLabel('In days of forecast')).toBeChecked()
  await expect(page.getByLabel('Threshold, days of forecast')).toHaveValue('10')
  await expect(page.getByLabel('How often to remind')).toHaveValue('12h')
  await expect(page.getByRole('group', { name: 'Channels' }).getByLabel('Telegram')).toBeChecked()
  // The rubles threshold is kept while the days one is in use.
  await page.getByLabel('In rubles').check()
  await expect(page.getByLabel('Threshold, ₽')).toHaveValue('2500.50')
  // A wrong value in the field being hidden goes back to the saved one: no error hides out of reach.
  await page.getByLabel('Threshold, ₽').fill('abc')
  await page.getByLabel('In days of forecast').check()
  await page.getByLabel('In rubles').check()
  await expect(page.getByLabel('Threshold, ₽')).toHaveValue('2500.50')
  await expect(page.getByLabel('Threshold, ₽')).not.toHaveAttribute('aria-invalid', 'true')

  // Off, and saved so.
  await page.getByRole('switch', { name: 'Low balance alert' }).uncheck()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Notification settings saved.')).toBeVisible()
  await page.reload()
  await expect(page.getByRole('switch', { name: 'Low balance alert' })).not.toBeChecked()
})

test('a user of the account sees the alert read-only, with the reason', async ({ page }) => {
  await prepare(page)
  await openNotifications(page, USER)
  await expect(page.getByRole('heading', { name: 'Low balance alert' })).toBeVisible()
  await expect(page.getByText('Only the main administrator of the account can change these settings')).toBeVisible()
  const values = page.locator('dl')
  await expect(values.getByRole('definition')).toHaveText(['On', 'Below ₽5,000.00', 'Every 6 hours', 'Email'])
  await expect(page.getByRole('switch')).toHaveCount(0)
  await expect(page.getByRole('button', { name: 'Save' })).toHaveCount(0)
  await expect(page.getByRole('textbox')).toHaveCount(0)
})

test('Home’s Balance block opens the matching tabs', async ({ page }) => {
  test.slow()
  await prepare(page)
  await loginAs(page, ADMIN)
  const block = page.getByRole('region', { name: 'Balance' })
  for (const [link, tab, path] of [
    ['Transaction history', 'Transactions', '/balance/transactions'],
    ['Billing documents', 'Billing documents', '/balance/documents'],
    ['Notifications', 'Notifications', '/balance/notifications'],
  ] as const) {
    await block.getByRole('link', { name: link }).click()
    await expect(page).toHaveURL(path)
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true')
    await page.goBack()
    await expect(page).toHaveURL('/')
  }
  await block.getByRole('button', { name: 'Top up balance' }).click()
  await expect(page).toHaveURL('/balance/top-up')
  await expect(page.getByRole('tab', { name: 'Top up' })).toHaveAttribute('aria-selected', 'true')
  await page.goBack()
  await block.getByRole('link', { name: 'Notifications' }).click()
  await expect(page.getByRole('heading', { name: 'Low balance alert' })).toBeVisible()
})

test('the user’s Home has no Billing documents link, and its Notifications link opens the read-only tab', async ({ page }) => {
  await prepare(page)
  await loginAs(page, USER)
  const block = page.getByRole('region', { name: 'Balance' })
  await expect(block.getByRole('link', { name: 'Transaction history' })).toBeVisible()
  await expect(block.getByRole('link', { name: 'Billing documents' })).toHaveCount(0)
  await block.getByRole('link', { name: 'Notifications' }).click()
  await expect(page).toHaveURL('/balance/notifications')
  await expect(page.getByText('Only the main administrator of the account can change these settings')).toBeVisible()
})

test('the notifications tab speaks Russian', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await loginAs(page, ADMIN, '/balance/notifications')
  await expect(page.getByRole('switch', { name: 'Уведомление о низком балансе' })).toBeChecked()
  await expect(page.getByLabel('Порог, ₽')).toHaveValue('5000')
  await expect(page.getByLabel('Как часто напоминать').locator('option')).toHaveText(['Каждый час', 'Каждые 3 часа', 'Каждые 6 часов', 'Каждые 12 часов', 'Раз в день'])
  await page.getByLabel('Порог, ₽').fill('0')
  await page.getByRole('button', { name: 'Сохранить' }).click()
  await expect(page.getByText('Введите сумму от 1 до 1 000 000 ₽.')).toBeVisible()
})

test('the notifications tab has no serious accessibility violations in any theme', async ({ page }) => {
  await prepare(page)
  await openNotifications(page, ADMIN)
  await page.getByLabel('Threshold, ₽').fill('abc')
  await page.getByRole('group', { name: 'Channels' }).getByLabel('Email').uncheck()
  await page.getByRole('button', { name: 'Save' }).click()
  await expect(page.getByText('Enter an amount from 1 to 1 000 000 ₽.')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'notifications form with errors')
  await openNotifications(page, USER)
  await expect(page.getByText('Only the main administrator of the account can change these settings')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'notifications read-only')
})
