import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useHomeStore } from '@/stores/home'
import { loginAs } from '../../helpers/mountApp'

describe('useHomeStore', () => {
  beforeEach(() => setActivePinia(createPinia()))

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
})
