// The texts the billing mock writes into the history (and later emails), in the account's language:
// Russian for residents of the RF, English for non-residents, as a real provider's backend would.
import type { BalanceKind, Locale } from '@/api/types'
import type { DbAccount, PaymentMethod } from '../kernel/schema'

export function accountLanguage(account: Pick<DbAccount, 'residency'>): Locale {
  return account.residency === 'resident' ? 'ru' : 'en'
}

const BALANCE_NAMES: Record<Locale, Record<BalanceKind | 'referral', string>> = {
  en: { main: 'Main balance', cloud: 'Cloud servers', dedicated: 'Dedicated servers', storage: 'Object storage', referral: 'Referral balance' },
  ru: { main: 'Основной баланс', cloud: 'Облачные серверы', dedicated: 'Выделенные серверы', storage: 'Объектное хранилище', referral: 'Реферальный баланс' },
}

const METHOD_NAMES: Record<Locale, Record<PaymentMethod, string>> = {
  en: { card: 'bank card', sbp: 'SBP (QR code)', 'bank-transfer': 'bank transfer' },
  ru: { card: 'банковской картой', sbp: 'через СБП (QR-код)', 'bank-transfer': 'банковским переводом' },
}

export const billingTexts = {
  balanceName: (language: Locale, kind: BalanceKind | 'referral') => BALANCE_NAMES[language][kind],
  topUp: (language: Locale, method: PaymentMethod, detail?: string) =>
    (language === 'ru' ? `Пополнение ${METHOD_NAMES.ru[method]}` : `Top-up by ${METHOD_NAMES.en[method]}`) + (detail ? ` ${detail}` : ''),
  invoicePayment: (language: Locale, invoiceNumber: string) => (language === 'ru' ? `Оплата по счёту № ${invoiceNumber}` : `Payment under invoice No. ${invoiceNumber}`),
  transferOut: (language: Locale, to: BalanceKind) =>
    language === 'ru' ? `Перевод на баланс «${BALANCE_NAMES.ru[to]}»` : `Transfer to ${BALANCE_NAMES.en[to]}`,
  transferIn: (language: Locale, from: BalanceKind | 'referral') =>
    language === 'ru' ? `Перевод с баланса «${BALANCE_NAMES.ru[from]}»` : `Transfer from ${BALANCE_NAMES.en[from]}`,
  charge: (language: Locale, serviceName: string, period: string) => (language === 'ru' ? `Услуга «${serviceName}», ${period}` : `Service ${serviceName}, ${period}`),
  monthName: (language: Locale, at: Date) => at.toLocaleDateString(language === 'ru' ? 'ru-RU' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
  dayName: (language: Locale, at: Date) => at.toLocaleDateString(language === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  referralReward: (language: Locale, month: string) => (language === 'ru' ? `Вознаграждение по реферальной программе за ${month}` : `Referral reward for ${month}`),
}
