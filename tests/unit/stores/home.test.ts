import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { homeApi } from '@/api/home'
import { SUMMARY_FRESH_MS, useHomeStore } from '@/stores/home'
import { loginAs } from '../../helpers/mountApp'

describe('useHomeStore', () => {
  beforeEach(() => setActivePinia(createPinia()))
  afterEach(() => vi.restoreAllMocks())

  it('never shows the previous user’s balances after a persona switch', async () => {
    const home = useHomeStore()
    await loginAs('business.resident@demo.test')
    await home.ensureLoadedFor('usr-business-res')
    expect(home.summary?.balances[0]?.moneyKopecks).toBe(4_850_000)

    await loginAs('personal.resident@demo.test')
    const loading = home.ensureLoadedFor('usr-personal-res')
    expect(home.summary).toBeNull()
    await loading
    expect(home.summary?.balances[0]?.moneyKopecks).toBe(125_000)
  })

  it('keeps the summary it holds for the same user', async () => {
    const home = useHomeStore()
    await loginAs('business.resident@demo.test')
    await home.ensureLoadedFor('usr-business-res')
    const held = home.summary
    await home.ensureLoadedFor('usr-business-res')
    expect(home.summary).toBe(held)
  })

  it('has the home page reuse a summary asked for a moment ago, and reload an older one', async () => {
    const home = useHomeStore()
    await loginAs('business.resident@demo.test')
    const asked = vi.spyOn(homeApi, 'summary')
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_000_000)
    await home.ensureLoadedFor('usr-business-res') // the header, on a reload
    await home.loadUnlessFresh() // the home page, mounting just after
    expect(asked).toHaveBeenCalledTimes(1)
    now.mockReturnValue(1_000_000 + SUMMARY_FRESH_MS)
    await home.loadUnlessFresh() // back home later: fresh balances
    expect(asked).toHaveBeenCalledTimes(2)
  })
})
