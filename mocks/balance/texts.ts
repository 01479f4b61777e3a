// The texts the billing mock writes into the history (and later emails), in the account's language:
// Russian for residents of the RF, English for non-residents, as a real provider's backend would.
// The names of balances are the interface's (kernel/labels.ts), never written again here.
import type { BalanceKind, Locale } from '@/api/types'
import { uiLabel } from '../kernel/labels'
import type { DbAccount, PaymentMethod } from '../kernel/schema'

export function accountLanguage(account: Pick<DbAccount, 'residency'>): Locale {
  return account.residency === 'resident' ? 'ru' : 'en'
}

/** "Main balance", "Cloud servers"…: the names the interface gives the balances. */
const balanceName = (language: Locale, kind: BalanceKind | 'referral') => uiLabel(language, `balance.kind.${kind}`)

const METHOD_NAMES: Record<Locale, Record<PaymentMethod, string>> = {
  en: { card: 'bank card', sbp: 'SBP (QR code)', 'bank-transfer': 'bank transfer' },
  ru: { card: 'банковской картой', sbp: 'через СБП (QR-код)', 'bank-transfer': 'банковским переводом' },
}

/** "20 November 2026", «20 ноября 2026 г.» (the day in UTC, as the charge lines are grouped). */
const dayName = (language: Locale, at: Date) => at.toLocaleDateString(language === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export const billingTexts = {
  balanceName,
  topUp: (language: Locale, method: PaymentMethod, detail?: string) =>
    (language === 'ru' ? `Пополнение ${METHOD_NAMES.ru[method]}` : `Top-up by ${METHOD_NAMES.en[method]}`) + (detail ? ` ${detail}` : ''),
  invoicePayment: (language: Locale, invoiceNumber: string) => (language === 'ru' ? `Оплата по счёту № ${invoiceNumber}` : `Payment under invoice No. ${invoiceNumber}`),
  transferOut: (language: Locale, to: BalanceKind) =>
    language === 'ru' ? `Перевод на баланс «${balanceName(language, to)}»` : `Transfer to ${balanceName(language, to)}`,
  transferIn: (language: Locale, from: BalanceKind | 'referral') =>
    language === 'ru' ? `Перевод с баланса «${balanceName(language, from)}»` : `Transfer from ${balanceName(language, from)}`,
  charge: (language: Locale, serviceName: string, period: string) => (language === 'ru' ? `Услуга «${serviceName}», ${period}` : `Service ${serviceName}, ${period}`),
  /** A prepaid (dedicated) server's period, paid at the order or at its renewal. */
  prepaidPeriod: (language: Locale, serviceName: string, from: Date, until: Date) =>
    language === 'ru'
      ? `Услуга «${serviceName}», оплата периода ${dayName('ru', from)} – ${dayName('ru', until)}`
      : `Service ${serviceName}, prepaid period ${dayName('en', from)} – ${dayName('en', until)}`,
  monthName: (language: Locale, at: Date) => at.toLocaleDateString(language === 'ru' ? 'ru-RU' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  dayName,
  referralReward: (language: Locale, month: string) => (language === 'ru' ? `Вознаграждение по реферальной программе за ${month}` : `Referral reward for ${month}`),
}
