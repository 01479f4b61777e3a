// Top-ups: the methods and saved cards this user may pay with, payments (by card, SBP, bank
// transfer) and the auto top-up. A credited payment refreshes the home summary, whose main balance
// the header shows on every page.
import { defineStore } from 'pinia'
import { type Ref, ref } from 'vue'
import { paymentsApi } from '@/api/payments'
import type { AutoTopUp, AutoTopUpSettings, BillingDocument, Payment, PaymentOptions, PaymentRequest } from '@/api/types'
import { downloadPdf } from '@/documents/download'
import { billingDocumentFileName } from './billingDocuments'
import { useHomeStore } from './home'

export const usePaymentsStore = defineStore('payments', () => {
  const options = ref<PaymentOptions | null>(null)
  const loading = ref(false)
  const error = ref<unknown>(null)
  const autoTopUp = ref<AutoTopUp | null>(null)
  const autoTopUpLoading = ref(false)
  const autoTopUpError = ref<unknown>(null)

  /** Loads into `target`, with its own busy flag and failure (shown by the tab, not thrown). */
  async function load<T>(target: Ref<T>, busy: Ref<boolean>, failed: Ref<unknown>, request: () => Promise<T>) {
    busy.value = true
    failed.value = null
    try {
      target.value = await request()
    } catch (failure) {
      failed.value = failure
    } finally {
      busy.value = false
    }
  }

  const loadOptions = () => load(options, loading, error, paymentsApi.options)
  const loadAutoTopUp = () => load(autoTopUp, autoTopUpLoading, autoTopUpError, paymentsApi.autoTopUp)

  /** After a payment changed the money or the saved cards. */
  function afterPayment(payment: Payment): Payment {
    if (payment.status === 'credited') void useHomeStore().load()
    if (payment.savedCardId && options.value && !options.value.savedCards.some((c) => c.id === payment.savedCardId)) void loadOptions()
    return payment
  }

  /** Failures are thrown to the form, which keeps what was typed; `idempotencyKey` is the submission's. */
  async function pay(request: PaymentRequest, idempotencyKey: string): Promise<Payment> {
    return afterPayment(await paymentsApi.create(request, idempotencyKey))
  }

  /** A pending payment polled until the bank confirms it. */
  async function refresh(id: string): Promise<Payment> {
    return afterPayment(await paymentsApi.get(id))
  }

  async function confirm(id: string, code: string): Promise<Payment> {
    return afterPayment(await paymentsApi.confirm(id, { code }))
  }

  async function deleteCard(id: string) {
    await paymentsApi.deleteCard(id)
    if (options.value) options.value = { ...options.value, savedCards: options.value.savedCards.filter((c) => c.id !== id) }
    // The auto top-up that used it is off now.
    if (autoTopUp.value?.cardId === id) await loadAutoTopUp()
  }

  async function saveAutoTopUp(settings: AutoTopUpSettings) {
    const before = autoTopUp.value?.lastRunAt ?? null
    autoTopUp.value = await paymentsApi.saveAutoTopUp(settings)
    // A balance already below the threshold is topped up at once.
    if (autoTopUp.value.lastRunAt !== before) void useHomeStore().load()
  }

  /** The invoice of a bank transfer as a PDF, drawn in the browser by a library loaded only now. */
  async function downloadInvoice(invoice: BillingDocument) {
    const { billingDocumentPdf } = await import('@/documents/billingDocumentPdf')
    downloadPdf(await billingDocumentPdf(invoice), billingDocumentFileName(invoice))
  }

  return { downloadInvoice, options, loading, error, autoTopUp, autoTopUpLoading, autoTopUpError, loadOptions, loadAutoTopUp, pay, refresh, confirm, deleteCard, saveAutoTopUp }
})
