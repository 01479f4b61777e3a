// Words for where and from what a login or a session came: "Moscow, Russia", "Chrome 131 on
// Windows 10", "Wrong password", in the current language. The API sends them as data (a city
// code, a country code, the parsed User-Agent), so the login history and the sessions list word
// them the same way.
import { useI18n } from 'vue-i18n'
import type { ClientDevice, ClientLocation, LoginResult } from '@/api/types'

export function useSecurityLabels() {
  const { t, locale } = useI18n()

  function countryName(code: string): string {
    try {
      return new Intl.DisplayNames([locale.value], { type: 'region' }).of(code) ?? code
    } catch {
      return code
    }
  }

  const locationText = (location: ClientLocation) => t('security.location', { city: t(`security.cities.${location.city}`), country: countryName(location.country) })
  const deviceKindLabel = (device: ClientDevice) => t(`security.deviceKinds.${device.kind}`)
  /** "Chrome 131 on Windows 10"; whichever part the User-Agent did not tell is left out. */
  function deviceText(device: ClientDevice): string {
    if (device.browser && device.os) return t('security.device', { browser: device.browser, os: device.os })
    return device.browser || device.os || t('security.deviceUnknown')
  }
  const resultLabel = (result: LoginResult) => t(`security.results.${result}`)

  return { locationText, deviceKindLabel, deviceText, resultLabel, countryName }
}
