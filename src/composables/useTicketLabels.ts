// Words for ticket codes. Categories and services other features create (or a real backend adds)
// may be unknown to this version of the panel: those are shown as they come.
import { useI18n } from 'vue-i18n'
import type { TicketStatus } from '@/api/types'

export function useTicketLabels() {
  const { t, te } = useI18n()
  const known = (key: string, fallback: string) => (te(key) ? t(key) : fallback)
  // Codes are kebab-case ('services-transfer'), locale keys camelCase ('servicesTransfer').
  const keyOf = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
  return {
    statusLabel: (status: TicketStatus | 'all') => t(`tickets.status.${status}`),
    categoryLabel: (category: string) => known(`tickets.categories.${keyOf(category)}`, category),
    serviceLabel: (service: string | null) => (service ? known(`tickets.services.${keyOf(service)}`, service) : t('tickets.services.none')),
  }
}
