// axe-core on every foundation screen, in each theme: nothing serious or critical.
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
    await expect(page.getByText('₽48,500.00')).toBeVisible()
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
