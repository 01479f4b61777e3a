// "Order dedicated server" as a customer uses it: the price following the configuration and the
// billing period (with the period's and the personal discount), a model out of stock in a location
// (not orderable there, and said so when a change of location leaves the choice out of stock), an
// order prepaid from the Dedicated servers balance (Services shows it "Creating", Transactions its
// charge), an order refused for a low balance with the link to top up, the draft surviving a
// reload until Panel settings' Reset, and axe in the three themes. Each test has its own browser
// context, so its own mock data (localStorage).
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolations, loginAs, prepare, THEMES, useTheme } from './support'

const ADMIN = 'business.resident@demo.test'

async function openForm(page: Page, email = ADMIN) {
  await loginAs(page, email, '/services/order/dedicated')
  // The first page after the login loads the app's chunks and the catalogue: slow on a busy machine.
  await expect(page.getByRole('heading', { name: 'Order dedicated server' })).toBeVisible({ timeout: 15_000 })
  await expect(model(page, 'Intel Xeon E-2288G')).toBeVisible({ timeout: 15_000 })
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const model = (page: Page, cpu: string) => page.getByRole('radio', { name: cpu, exact: true })
/** A radio button by the start of its name ("Moscow", "3 months −5%", "Windows Server 2022"). */
const radio = (page: Page, name: string) => page.getByRole('radio', { name: new RegExp(`^${escape(name)}`) })
const summary = (page: Page) => page.getByRole('region', { name: 'Cost' })
/** The figure of a line of the summary ("Per month" → "₽8,010.00"). */
const line = (page: Page, label: string) => summary(page).getByRole('term').filter({ hasText: new RegExp(`^${escape(label)}$`) }).locator('xpath=following-sibling::dd')

test('the price follows the configuration and the billing period, with the period’s and the personal discount', async ({ page }) => {
  await prepare(page)
  await openForm(page)
  await expect(summary(page)).toContainText('Complete the configuration to see the price.')
  await radio(page, 'Saint Petersburg').check()
  await model(page, 'Intel Xeon E-2236').check()
  // business.resident has a personal discount of 10%.
  await expect(line(page, 'Per month before discounts')).toHaveText('₽8,900.00')
  await expect(line(page, 'Personal discount, 10%')).toHaveText('−₽890.00')
  await expect(line(page, 'Per month')).toHaveText('₽8,010.00')
  await expect(line(page, 'Total for 1 month')).toHaveText('₽8,010.00')
  await expect(summary(page).getByText('Discount for the period', { exact: false })).toHaveCount(0)

  await radio(page, '3 months −5%').check()
  await expect(line(page, 'Discount for the period, 5%')).toHaveText('−₽445.00')
  await expect(line(page, 'Personal discount, 10%')).toHaveText('−₽845.50')
  await expect(line(page, 'Per month')).toHaveText('₽7,609.50')
  await expect(line(page, 'Total for 3 months')).toHaveText('₽22,828.50')

  await model(page, 'Intel Xeon E-2288G').check()
  await expect(line(page, 'Per month before discounts')).toHaveText('₽13,500.00')
  await expect(line(page, 'Total for 3 months')).toHaveText('₽34,627.50')
  // Windows adds its licence to the month.
  await radio(page, 'Windows Server 2022').check()
  await expect(line(page, 'Per month before discounts')).toHaveText('₽15,000.00')
  await radio(page, '12 months −15%').check()
  await expect(line(page, 'Per month')).toHaveText('₽11,475.00')
  await expect(line(page, 'Total for 12 months')).toHaveText('₽137,700.00')
})

test('a configuration out of stock in a location cannot be chosen there, and a change of location says so on the field', async ({ page }) => {
  await prepare(page)
  await openForm(page)
  await radio(page, 'Moscow').check()
  await expect(model(page, 'Intel Xeon E3-1230 v6')).toBeDisabled()
  await expect(model(page, 'Intel Xeon E3-1230 v6')).toHaveAccessibleDescription(/Out of stock in Moscow/)
  await expect(model(page, 'AMD EPYC 7313P')).toBeEnabled()

  await radio(page, 'Novosibirsk').check()
  await model(page, 'Intel Xeon E3-1230 v6').check()
  // Also when the choice comes back from the draft (a reload), not only just after choosing it.
  await page.reload()
  await expect(model(page, 'Intel Xeon E3-1230 v6')).toBeChecked()
  await radio(page, 'Saint Petersburg').check()
  const message = page.getByText('This configuration is out of stock in the chosen location. Choose another location or configuration.')
  await expect(message).toBeVisible()
  await expect(page.getByRole('group', { name: 'Configuration' })).toHaveAttribute('aria-invalid', 'true')
  // The choice stays, marked, rather than silently dropped.
  await expect(model(page, 'Intel Xeon E3-1230 v6')).toBeChecked()
  await expect(model(page, 'Intel Xeon E3-1230 v6')).toBeDisabled()

  await page.getByLabel('Name', { exact: true }).fill('web-spb')
  await page.getByRole('button', { name: 'Order', exact: true }).click()
  await expect(page).toHaveURL(/\/services\/order\/dedicated$/)
  // The first field to fix takes the focus: the first configuration that can be chosen.
  await expect(model(page, 'Intel Xeon E-2236')).toBeFocused()

  await radio(page, 'Novosibirsk').check()
  await expect(message).toBeHidden()
  await expect(page.getByRole('group', { name: 'Configuration' })).not.toHaveAttribute('aria-invalid', 'true')
})

test('an order is prepaid for its period from the Dedicated servers balance: Services shows it Creating, Transactions its charge', async ({ page }) => {
  await prepare(page)
  await openForm(page)
  await radio(page, 'Novosibirsk').check()
  await model(page, 'Intel Xeon E3-1230 v6').check()
  await radio(page, 'Debian 12').check()
  await page.getByLabel('Name', { exact: true }).fill('db-nsk-1')
  // 4 500 ₽ a month less the personal 10%, paid from the 9 000 ₽ of the Dedicated servers balance.
  await expect(line(page, 'To pay now')).toHaveText('₽4,050.00')
  await expect(line(page, 'Money and bonuses')).toHaveText('₽9,000.00')
  await expect(summary(page).getByText('The balance covers it')).toBeVisible()

  // A double click orders one server.
  await page.getByRole('button', { name: 'Order', exact: true }).dblclick()
  await expect(page).toHaveURL(/\/services\/(?!order)[^/]+$/)
  await expect(page.getByText('Server db-nsk-1 is being created')).toBeVisible()

  await page.getByRole('tab', { name: 'Services' }).click()
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'db-nsk-1', exact: true }) })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText('Creating')
  await expect(row).toContainText('Intel Xeon E3-1230 v6')
  await expect(row).toContainText('Novosibirsk')

  await page.getByRole('tab', { name: 'Transactions' }).click()
  const charge = page.getByRole('row').filter({ hasText: 'db-nsk-1' })
  await expect(charge).toHaveCount(1)
  await expect(charge).toContainText('−₽4,050.00')
  await expect(charge).toContainText('Dedicated servers')

  await page.getByRole('tab', { name: 'Balances' }).click()
  await expect(page.getByRole('region', { name: 'Dedicated servers' })).toContainText('₽4,950.00')

  // The draft went with the order: the form starts afresh.
  await page.goto('/services/order/dedicated')
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('')
  await expect(radio(page, 'Saint Petersburg')).toBeChecked()
})

test('an order the balance cannot cover is refused, keeps the form, and links to a top-up of what is missing', async ({ page }) => {
  await prepare(page)
  await openForm(page)
  await radio(page, 'Novosibirsk').check()
  await model(page, 'Intel Xeon E3-1230 v6').check()
  await radio(page, '12 months −15%').check()
  await page.getByLabel('Name', { exact: true }).fill('db-year')
  // 4 500 ₽ less 15% less 10% = 3 442.50 ₽ a month, 41 310 ₽ for the year; the balance holds 9 000 ₽.
  await expect(line(page, 'To pay now')).toHaveText('₽41,310.00')
  await expect(summary(page).getByText('₽32,310.00 is missing')).toBeVisible()
  const topUp = summary(page).getByRole('link', { name: 'Top up the balance' })
  await expect(topUp).toHaveAttribute('href', '/balance/top-up?balance=dedicated&returnTo=/services/order/dedicated&amount=32310')

  await page.getByRole('button', { name: 'Order', exact: true }).click()
  const refusal = page.getByRole('alert').filter({ hasText: '₽32,310.00 is missing' })
  await expect(refusal).toBeVisible()
  await expect(page).toHaveURL(/\/services\/order\/dedicated$/)
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('db-year')
  await expect(radio(page, '12 months −15%')).toBeChecked()
  await expect(model(page, 'Intel Xeon E3-1230 v6')).toBeChecked()

  await refusal.getByRole('link', { name: 'Top up the balance' }).click()
  await expect(page).toHaveURL(/\/balance\/top-up\?/)
  expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ balance: 'dedicated', returnTo: '/services/order/dedicated', amount: '32310' })
  await expect(page.getByLabel('Amount, ₽', { exact: true })).toHaveValue('32310')
  await page.getByRole('tab', { name: 'Services' }).click()
  await expect(page.getByRole('link', { name: 'db-year' })).toHaveCount(0)
})

test('the half-filled form survives a reload, and Reset in Panel settings returns it to its original state', async ({ page }) => {
  // Two logins' worth of loading (a reload, Panel settings, the form again).
  test.slow()
  await prepare(page)
  await openForm(page)
  await radio(page, 'Moscow').check()
  await model(page, 'AMD EPYC 7313P').check()
  await radio(page, '6 months −10%').check()
  await radio(page, 'Windows Server 2022').check()
  // Reloaded a moment after the last change: nothing is lost (kept in this browser at once).
  await page.getByLabel('Name', { exact: true }).fill('draft-msk')
  await page.reload()
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('draft-msk')
  await expect(radio(page, 'Moscow')).toBeChecked()
  await expect(model(page, 'AMD EPYC 7313P')).toBeChecked()
  await expect(radio(page, '6 months −10%')).toBeChecked()
  await expect(radio(page, 'Windows Server 2022')).toBeChecked()

  await page.goto('/profile/settings')
  await page.getByRole('button', { name: 'Reset' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByText('User settings have been reset.')).toBeVisible()
  await page.goto('/services/order/dedicated')
  await expect(model(page, 'AMD EPYC 7313P')).not.toBeChecked()
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('')
  await expect(radio(page, 'Saint Petersburg')).toBeChecked()
  await expect(radio(page, '1 month')).toBeChecked()
  await expect(radio(page, 'Ubuntu 24.04')).toBeChecked()
})

test('the form passes axe in the three themes: empty, with errors, and refused for the balance', async ({ page }) => {
  await prepare(page)
  await openForm(page)
  await expectNoSeriousA11yViolations(page, 'light: empty form')
  // A chosen model out of stock after a change of location, and no name.
  await radio(page, 'Novosibirsk').check()
  await model(page, 'Intel Xeon E3-1230 v6').check()
  await radio(page, '12 months −15%').check()
  await radio(page, 'Moscow').check()
  await page.getByRole('button', { name: 'Order', exact: true }).click()
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true')
  await expectNoSeriousA11yViolations(page, 'light: errors')
  // A period the balance does not cover.
  await radio(page, 'Novosibirsk').check()
  await page.getByLabel('Name', { exact: true }).fill('a11y-1')
  await page.getByRole('button', { name: 'Order', exact: true }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'is missing' })).toBeVisible()
  for (const theme of THEMES) {
    await useTheme(page, theme)
    await expectNoSeriousA11yViolations(page, `${theme}: refused for the balance`)
  }
})
