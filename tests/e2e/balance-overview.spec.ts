// The "Balances" tab: every balance as a card with its forecast; "Transfer" between the main
// balance and a service balance (a refused amount stays in the field with its message, a transfer
// moves the money, survives a reload and updates the header); the referral reward to the main
// balance; the user role; Russian; axe on the tab and the open dialog in every theme.
import { expect, test, type Page } from '@playwright/test'
import { expectNoSeriousA11yViolationsInEveryTheme, loginAs, prepare } from './support'

const card = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true })

async function openBalances(page: Page, email = 'business.resident@demo.test') {
  await prepare(page)
  await loginAs(page, email, '/balance')
  await expect(page.getByRole('tab', { name: 'Balances', selected: true })).toBeVisible()
  await expect(card(page, 'Main balance')).toBeVisible()
}

test('shows each balance with its money, bonuses, daily spending and forecast', async ({ page }) => {
  await openBalances(page)
  await expect(card(page, 'Main balance')).toContainText('₽48,500.00')
  await expect(card(page, 'Main balance')).toContainText('No active services')
  await expect(card(page, 'Cloud servers')).toContainText('₽9,850.00')
  // web-prod-1 and accounting-1c: 5 184 ₽ and 9 990 ₽ a month with the 10% discount.
  await expect(card(page, 'Cloud servers')).toContainText('Enough for 21 days')
  await expect(card(page, 'Cloud servers')).toContainText('Bonuses₽1,000.00')
  await expect(card(page, 'Cloud servers')).toContainText('Spending per day₽505.92')
  await expect(card(page, 'Dedicated servers')).toContainText('₽9,000.00')
  await expect(card(page, 'Dedicated servers')).toContainText('Enough for 33 days')
  await expect(card(page, 'Object storage')).toContainText('₽2,400.00')
  await expect(card(page, 'Object storage')).toContainText('Enough for 25 days')
  await expect(card(page, 'Referral balance')).toContainText('₽12,450.00')
})

test('a refused amount stays in the field with its message', async ({ page }) => {
  await openBalances(page)
  await page.getByRole('button', { name: 'Transfer', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Transfer between balances' })
  await expect(dialog.getByLabel('From')).toHaveValue('main')
  await dialog.getByLabel('Amount, ₽').fill('48 500,01')
  await dialog.getByLabel('To').selectOption({ label: 'Cloud servers' })
  await dialog.getByRole('button', { name: 'Transfer' }).click()
  await expect(dialog.getByText('The amount is more than the source balance holds (bonuses cannot be transferred).')).toBeVisible()
  await expect(dialog.getByLabel('Amount, ₽')).toHaveAttribute('aria-invalid', 'true')
  await expect(dialog.getByLabel('Amount, ₽')).toBeFocused()
  await expect(dialog.getByLabel('Amount, ₽')).toHaveValue('48 500,01')
  await expect(dialog.getByLabel('To')).toHaveValue('cloud')
  await expect(card(page, 'Main balance')).toContainText('₽48,500.00')
})

test('a transfer main → Cloud servers moves the money once, survives a reload and is in the history', async ({ page }) => {
  // A reload and another tab on a shared, busy machine.
  test.slow()
  await openBalances(page)
  await page.getByRole('button', { name: 'Transfer', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Transfer between balances' })
  await dialog.getByLabel('Amount, ₽').fill('1 000,50')
  await dialog.getByLabel('To').selectOption({ label: 'Cloud servers' })
  // A double click sends one transfer.
  await dialog.getByRole('button', { name: 'Transfer' }).dblclick()
  await expect(dialog).toBeHidden()
  await expect(page.getByText('₽1,000.50 transferred from Main balance to Cloud servers.')).toBeVisible()
  await expect(card(page, 'Main balance')).toContainText('₽47,499.50')
  await expect(card(page, 'Cloud servers')).toContainText('₽10,850.50')
  // The header's main balance follows.
  await expect(page.getByRole('banner')).toContainText('₽47,499.50')

  await page.reload()
  await expect(card(page, 'Main balance')).toContainText('₽47,499.50')
  await expect(card(page, 'Cloud servers')).toContainText('₽10,850.50')

  // Both sides of the transfer are in the history, once.
  await page.getByRole('tab', { name: 'Transactions' }).click()
  await expect(page.getByRole('row', { name: /Перевод на баланс «Облачные серверы»/ }).first()).toContainText('−₽1,000.50')
  await expect(page.getByRole('row', { name: /Перевод с баланса «Основной баланс»/ }).first()).toContainText('+₽1,000.50')
  await expect(page.getByRole('row').filter({ hasText: '₽1,000.50' })).toHaveCount(2)
})

test('the referral reward goes to the main balance with its own action', async ({ page }) => {
  await openBalances(page)
  await card(page, 'Referral balance').getByRole('button', { name: 'Transfer to main balance' }).click()
  const dialog = page.getByRole('dialog', { name: 'Transfer between balances' })
  await expect(dialog.getByLabel('From')).toHaveValue('referral')
  await expect(dialog.getByLabel('To')).toHaveValue('main')
  await expect(dialog.getByLabel('Amount, ₽')).toHaveValue('12450')
  await dialog.getByRole('button', { name: 'Transfer' }).click()
  await expect(page.getByText('₽12,450.00 transferred from Referral balance to Main balance.')).toBeVisible()
  await expect(card(page, 'Main balance')).toContainText('₽60,950.00')
  await expect(card(page, 'Referral balance')).toContainText('₽0.00')
  await expect(card(page, 'Referral balance').getByRole('button', { name: 'Transfer to main balance' })).toHaveCount(0)
})

test('a user who is not the main administrator sees the balances and may transfer', async ({ page }) => {
  await openBalances(page, 'user.business.resident@demo.test')
  await expect(card(page, 'Cloud servers')).toContainText('Enough for 21 days')
  await page.getByRole('button', { name: 'Transfer', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Transfer between balances' })
  await dialog.getByLabel('Amount, ₽').fill('500')
  await dialog.getByLabel('To').selectOption({ label: 'Object storage' })
  await dialog.getByRole('button', { name: 'Transfer' }).click()
  await expect(card(page, 'Object storage')).toContainText('₽2,900.00')
})

test('the tab speaks Russian', async ({ page }) => {
  await prepare(page, { language: 'ru' })
  await loginAs(page, 'business.resident@demo.test', '/balance')
  await expect(card(page, 'Облачные серверы')).toContainText('Хватит на 21 день')
  await expect(card(page, 'Основной баланс')).toContainText('Нет активных услуг')
  await page.getByRole('button', { name: 'Перевести', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Перевод между балансами' })
  await dialog.getByLabel('Сумма, ₽').fill('10,005')
  await dialog.getByRole('button', { name: 'Перевести' }).click()
  await expect(dialog.getByText('Укажите не больше двух знаков после запятой.')).toBeVisible()
})

test('the tab and the transfer dialog pass axe in every theme', async ({ page }) => {
  await openBalances(page)
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'balances')
  await page.getByRole('button', { name: 'Transfer', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Transfer between balances' })
  await dialog.getByLabel('Amount, ₽').fill('0')
  await dialog.getByRole('button', { name: 'Transfer' }).click()
  await expect(dialog.getByText('Enter an amount greater than zero.')).toBeVisible()
  await expectNoSeriousA11yViolationsInEveryTheme(page, 'transfer dialog')
})
