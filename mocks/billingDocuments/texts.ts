// What the billing documents and their mails say, in the document's language (Russian for residents
// of the RF, English for non-residents), as a provider's accounting system writes them.
import type { BalanceKind, Locale } from '@/api/types'
import { billingTexts } from '../balance/texts'
import { uiLabel } from '../kernel/labels'

/** 31.10.2026: the way Russian documents cite each other (English ones too, to stay unambiguous). */
export function documentDate(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`
}

const monthOf = (language: Locale, monthStart: string) => billingTexts.monthName(language, new Date(`${monthStart}T00:00:00Z`))
/** The tab, named as the interface names it: «Баланс и платежи» → «Финансовые документы». */
const documentsTab = (language: Locale) => (language === 'ru' ? `«${uiLabel('ru', 'nav.balance')}» → «${uiLabel('ru', 'balance.tabs.documents')}»` : `${uiLabel('en', 'nav.balance')} → ${uiLabel('en', 'balance.tabs.documents')}`)

export const documentTexts = {
  /** The unit of a line of services (one service for the period). */
  unit: (language: Locale) => (language === 'ru' ? 'усл.' : 'service'),

  invoiceLine: (language: Locale, accountNumber: string) =>
    language === 'ru' ? `Пополнение лицевого счёта № ${accountNumber} (аванс за услуги)` : `Top-up of personal account No. ${accountNumber} (advance payment for services)`,
  /** PRODUCT.md's payment purpose. */
  invoicePurpose: (language: Locale, accountNumber: string, invoiceNumber: string) =>
    language === 'ru'
      ? `Пополнение лицевого счёта № ${accountNumber} по счёту № ${invoiceNumber}, в т. ч. НДС 20%`
      : `Top-up of personal account No. ${accountNumber} under invoice No. ${invoiceNumber}, incl. VAT 20%`,

  updLine: (language: Locale, kind: BalanceKind, serviceName: string, monthStart: string) => {
    const type = billingTexts.balanceName(language, kind)
    return language === 'ru' ? `Услуги «${type}» (${serviceName}) за ${monthOf(language, monthStart)}` : `${type} services (${serviceName}) for ${monthOf(language, monthStart)}`
  },

  /** A reconciliation act's debit line: the services of a month (or of the part of it in the period). */
  actServices: (language: Locale, monthStart: string, from: string, to: string, upd: { number: string; date: string } | null) => {
    const what =
      language === 'ru'
        ? from === monthStart && upd ? `Оказание услуг за ${monthOf(language, monthStart)}` : `Оказание услуг с ${documentDate(from)} по ${documentDate(to)}`
        : from === monthStart && upd ? `Services for ${monthOf(language, monthStart)}` : `Services from ${documentDate(from)} to ${documentDate(to)}`
    if (!upd) return what
    return language === 'ru' ? `${what} (УПД № ${upd.number} от ${documentDate(upd.date)})` : `${what} (UPD No. ${upd.number} dated ${documentDate(upd.date)})`
  },

  mailUpdReady: (language: Locale, number: string, monthStart: string) =>
    language === 'ru'
      ? { subject: `УПД № ${number} за ${monthOf(language, monthStart)}`, text: `Универсальный передаточный документ № ${number} за ${monthOf(language, monthStart)} готов. Скачать его в PDF можно в разделе ${documentsTab(language)}.` }
      : { subject: `UPD No. ${number} for ${monthOf(language, monthStart)}`, text: `The universal transfer document No. ${number} for ${monthOf(language, monthStart)} is ready. Download it as a PDF in ${documentsTab(language)}.` },
  mailActReady: (language: Locale, number: string, from: string, to: string) =>
    language === 'ru'
      ? { subject: `Акт сверки № ${number}`, text: `Акт сверки взаимных расчётов № ${number} за период с ${documentDate(from)} по ${documentDate(to)} готов. Скачать его в PDF можно в разделе ${documentsTab(language)}.` }
      : { subject: `Reconciliation act No. ${number}`, text: `The reconciliation act No. ${number} for the period from ${documentDate(from)} to ${documentDate(to)} is ready. Download it as a PDF in ${documentsTab(language)}.` },
  mailLink: (language: Locale) => uiLabel(language, 'balance.tabs.documents'),
}
