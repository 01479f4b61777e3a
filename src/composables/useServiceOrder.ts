// What "Order cloud server" and "Order dedicated server" share around their fields: the data they
// price from (the catalogue, the names already used, the balances), what the balance that pays can
// spend (as the API counts it), and the order itself:
// - refused before asking the API when that balance cannot cover `neededKopecks` (the API would
//   answer the same amount), or as the API refused it: a 402 says how much is missing (and the
//   balances are reloaded, they changed meanwhile), a 422 goes onto the fields;
// - a refused or failed order keeps the form as it is, and a retry of the same order sends the
//   same Idempotency-Key, so a double click or a retry orders one server;
// - once placed: the draft is cleared, a notice says the server is being created, its page opens.
import { computed, onMounted, ref, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { useRouter } from 'vue-router'
import { ApiError } from '@/api/client'
import type { Service } from '@/api/types'
import { topUpRoute } from '@/components/services/order/orderTopUp'
import { ROUTE } from '@/router/names'
import { useBalanceStore } from '@/stores/balance'
import { useNoticesStore } from '@/stores/notices'
import { useServicesStore } from '@/stores/services'
import { balanceAvailableKopecks, missingKopecks } from '@/validation/rules/servicePricing'
import { useErrorMessage } from './useErrorMessage'
import { useSubmissionKey } from './useSubmissionKey'
import { useFormats } from './useFormats'

/** Why "Order" was refused: the words, and the amount missing on the balance when that is why. */
export interface OrderRefusal {
  message: string
  missingKopecks: number
}

export interface ServiceOrderOptions<O> {
  /** The balance that pays: cloud servers by the hour, dedicated ones for the period. */
  balanceKind: 'cloud' | 'dedicated'
  /** The form's own route: the top-up link comes back to it. */
  formRoute: typeof ROUTE.orderCloudServer | typeof ROUTE.orderDedicatedServer
  /** The form's choices: another choice is a new question, so the last refusal goes. */
  choices: () => unknown
  place: (order: O, idempotencyKey: string) => Promise<Service>
  clearDraft: () => Promise<void>
  showFieldErrors: (errors: Record<string, string>) => void
}

export function useServiceOrder<O>(options: ServiceOrderOptions<O>) {
  const { t } = useI18n()
  const { rubles } = useFormats()
  const router = useRouter()
  const { errorMessage } = useErrorMessage()
  const services = useServicesStore()
  const balance = useBalanceStore()
  const notices = useNoticesStore()
  const submission = useSubmissionKey()
  const returnTo = router.resolve({ name: options.formRoute }).path

  onMounted(() => {
    void services.loadCatalogue()
    if (!services.items) void services.load()
    // The balance that pays decides whether the order goes through: always the current one.
    void balance.load()
  })

  /** What the paying balance can spend; null while the balances load (or failed). */
  const availableKopecks = computed(() => {
    const paying = balance.overview?.balances.find((b) => b.kind === options.balanceKind)
    return paying ? balanceAvailableKopecks(paying.moneyKopecks, paying.bonusKopecks) : null
  })

  const refusal = ref<OrderRefusal | null>(null)
  const refusalTopUp = computed(() => (refusal.value?.missingKopecks ? topUpRoute(options.balanceKind, refusal.value.missingKopecks, returnTo) : null))
  watch(options.choices, () => (refusal.value = null), { deep: true })

  /** Places `order` (its fields valid) unless the paying balance cannot cover `neededKopecks`. */
  async function submit(order: O, neededKopecks: number | undefined): Promise<void> {
    refusal.value = null
    if (neededKopecks !== undefined && availableKopecks.value !== null) {
      const missing = missingKopecks(availableKopecks.value, neededKopecks)
      if (missing > 0) {
        refusal.value = { message: t('errors.service.insufficientBalanceBy', { amount: rubles(missing) }), missingKopecks: missing }
        return
      }
    }
    try {
      const service = await options.place(order, submission.keyFor(order))
      submission.done()
      void options.clearDraft()
      notices.add('services.order.created', { params: { name: service.name }, tone: 'success' })
      await router.push({ name: ROUTE.service, params: { id: service.id } })
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && Object.keys(error.fieldErrors).length) {
        options.showFieldErrors(error.fieldErrors)
        return
      }
      const missing = error instanceof ApiError && error.code === 'service.insufficientBalance' ? (error.problem.missingKopecks ?? 0) : 0
      if (missing) void balance.load()
      refusal.value = { message: errorMessage(error), missingKopecks: missing }
    }
  }

  return { returnTo, availableKopecks, refusal, refusalTopUp, submit }
}
