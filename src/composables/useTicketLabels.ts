// Words for ticket codes. Categories and services other features create (or a real backend adds)
// may be unknown to this version of the panel: those are shown as they come.
import { useI18n } from 'vue-i18n'
import type { TicketStatus } from '@/api/types'
import { useCodeLabel } from './useCodeLabel'

export function useTicketLabels() {
  const { t } = useI18n()
  const label = useCodeLabel()
  return {
    statusLabel: (status: TicketStatus | 'all') => t(`tickets.status.${status}`),
    categoryLabel: (category: string) => label('tickets.categories', category),
    serviceLabel: (service: string | null) => (service ? label('tickets.services', service) : t('tickets.services.none')),
  }
}
