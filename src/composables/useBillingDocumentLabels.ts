// How billing documents are named on screen: type, status, "UPD No. 204503-2026-10", the period.
import { useI18n } from 'vue-i18n'
import type { BillingDocumentStatus, BillingDocumentSummary, BillingDocumentType } from '@/api/types'
import type { StatusTone } from '@/components/ui/UiStatusBadge.vue'
import { capitalizeFirst } from '@/i18n/formats'
import { useCodeLabel } from './useCodeLabel'
import { useFormats } from './useFormats'

/** A calendar day (YYYY-MM-DD) as a Date that is that day in the panel's time zone too. */
export function calendarDay(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`)
}

/** The colour of a document's status chip (UiStatusBadge): the documents list, the top-up's invoice. */
export const BILLING_DOCUMENT_STATUS_TONES: Record<BillingDocumentStatus, StatusTone> = { pending: 'warning', paid: 'success', issued: 'neutral' }

export function useBillingDocumentLabels() {
  const { t, locale } = useI18n()
  const { dateText } = useFormats()
  const label = useCodeLabel()

  const typeLabel = (type: BillingDocumentType) => label('balance.documents.type', type)
  const statusLabel = (status: BillingDocumentStatus) => label('balance.documents.status', status)
  const documentName = (doc: Pick<BillingDocumentSummary, 'type' | 'number'>) => t('balance.documents.list.name', { type: typeLabel(doc.type), number: doc.number })
  const dayLabel = (iso: string) => dateText(calendarDay(iso), 'short')
  /** A UPD's whole month by its name ("October 2026"), any other period as its first and last days. */
  function periodLabel(doc: Pick<BillingDocumentSummary, 'type' | 'periodFrom' | 'periodTo'>): string {
    if (!doc.periodFrom || !doc.periodTo) return t('balance.documents.list.noPeriod')
    if (doc.type === 'upd' && doc.periodFrom.endsWith('-01') && doc.periodFrom.slice(0, 7) === doc.periodTo.slice(0, 7)) {
      return capitalizeFirst(dateText(calendarDay(doc.periodFrom), 'month'), locale.value)
    }
    return t('balance.documents.list.periodRange', { from: dayLabel(doc.periodFrom), to: dayLabel(doc.periodTo) })
  }

  return { typeLabel, statusLabel, documentName, dayLabel, periodLabel }
}
