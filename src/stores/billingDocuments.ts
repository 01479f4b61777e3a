// Billing documents: the list (filtered by the saved filter the tab passes in), a document's PDF
// (drawn in the browser from the document's content, by a library loaded only then) and a
// reconciliation act requested for a period.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { billingDocumentsApi } from '@/api/billingDocuments'
import type { BillingDocument, BillingDocumentListQuery, BillingDocumentSummary, ReconciliationActRequest } from '@/api/types'
import { downloadPdf } from '@/documents/download'

/** "upd-204503-2026-10.pdf": the file a document downloads as. */
export function billingDocumentFileName(doc: Pick<BillingDocument, 'type' | 'number'>): string {
  return `${doc.type}-${doc.number}.pdf`.replace(/[^\w.-]+/g, '_')
}

export const useBillingDocumentsStore = defineStore('billingDocuments', () => {
  const items = ref<BillingDocumentSummary[]>([])
  const years = ref<number[]>([])
  const loaded = ref(false)
  const loading = ref(false)
  const error = ref<unknown>(null)
  // Only the newest list request may fill the list (filters change faster than answers arrive).
  let listCall = 0

  async function load(query: BillingDocumentListQuery) {
    const call = ++listCall
    loading.value = true
    error.value = null
    try {
      const result = await billingDocumentsApi.list(query)
      if (call !== listCall) return
      items.value = result.items
      years.value = result.years
      loaded.value = true
    } catch (failure) {
      if (call === listCall) error.value = failure
    } finally {
      if (call === listCall) loading.value = false
    }
  }

  /** Documents whose PDF is being made, by id. */
  const downloading = ref<Record<string, boolean>>({})

  /** Fetches the document's content, draws its PDF and saves it. Throws what failed. */
  async function download(id: string): Promise<void> {
    downloading.value = { ...downloading.value, [id]: true }
    try {
      const [doc, { billingDocumentPdf }] = await Promise.all([billingDocumentsApi.get(id), import('@/documents/billingDocumentPdf')])
      downloadPdf(await billingDocumentPdf(doc), billingDocumentFileName(doc))
    } finally {
      const rest = { ...downloading.value }
      delete rest[id]
      downloading.value = rest
    }
  }

  /** Draws up the act; the list is then loaded again with `query` so it shows there. */
  async function requestAct(period: ReconciliationActRequest, query: BillingDocumentListQuery): Promise<BillingDocument> {
    const act = await billingDocumentsApi.requestReconciliationAct(period)
    void load(query)
    return act
  }

  return { items, years, loaded, loading, error, load, downloading, download, requestAct }
})
