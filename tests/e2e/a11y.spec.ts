// axe-core on every foundation screen, in each theme: nothing serious or critical. Also the shell
// on a phone (navigation drawer open, tickets as cards) and with the help panel open.
import { expect, test } from '@playwright/test'
import { expectNoSeriousA11yViolations, loginAs, prepare, THEMES, useTheme } from './support'

for (const theme of THEMES) {
  test(`foundation screens have no serious accessibility violations in the ${theme} theme`, async ({ page }) => {
    await prepare(page, { theme })
    await page.goto('/login')
    await expect(page.getByRole('heading', { name: 'Log in' })).toBeVisible()
    await expectNoSeriousA11yViolations(page, `login ${theme}`)
    await page.goto('/register')
    await page.getByRole('button', { name: 'Register' }).click()
    await expect(page.getByText('Fill in this field.').first()).toBeVisible()
    await expectNoSeriousA11yViolations(page, `register with errors ${theme}`)

    await loginAs(page, 'business.resident@demo.test')
    await useTheme(page, theme)
    await expect(page.getByRole('region', { name: 'Balance' }).getByText('₽48,500.00')).toBeVisible()
    await expectNoSeriousA11yViolations(page, `home ${theme}`)
    await page.getByRole('button', { name: /business\.resident@demo\.test/ }).click()
    await expect(page.getByRole('menu')).toBeVisible()
    await expectNoSeriousA11yViolations(page, `account menu ${theme}`)
    await page.keyboard.press('Escape')

    await page.goto('/profile/settings')
    await useTheme(page, theme)
    await expect(page.getByRole('heading', { name: 'User settings' })).toBeVisible()
    await expectNoSeriousA11yViolations(page, `panel settings ${theme}`)
    await page.getByRole('button', { name: 'Reset' }).click()
    await expect(page.getByRole('dialog')).toBeVisible()
    await expectNoSeriousA11yViolations(page, `reset dialog ${theme}`)
    await page.keyboard.press('Escape')

    await page.goto('/balance')
    await useTheme(page, theme)
    await expectNoSeriousA11yViolations(page, `placeholder page ${theme}`)
  })
}

for (const theme of THEMES) {
  test(`the shell on a phone and the help panel have no serious accessibility violations in the ${theme} theme`, async ({ page }) => {
    await prepare(page, { theme })
    await page.setViewportSize({ width: 390, height: 844 })
    await page.goto('/login?as=business.resident%40demo.test&redirect=%2Ftickets')
    await useTheme(page, theme)
    await expect(page.getByRole('table', { name: 'Tickets' })).toBeVisible()
    await expectNoSeriousA11yViolations(page, `tickets as cards ${theme}`)
    await page.getByRole('banner').getByRole('button', { name: 'Navigation' }).click()
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible()
    await expectNoSeriousA11yViolations(page, `navigation drawer ${theme}`)
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1366, height: 900 })
    await page.getByRole('banner').getByRole('button', { name: 'Help' }).click()
    await expect(page.getByRole('complementary', { name: 'Help: Tickets' }).getByRole('link').first()).toBeVisible()
    await expectNoSeriousA11yViolations(page, `help panel ${theme}`)
  })
}
