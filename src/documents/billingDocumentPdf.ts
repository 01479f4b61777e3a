// Draws a billing document (invoice, UPD, reconciliation act) as a PDF, in the browser. Heavy
// (pdf-lib, fontkit, two fonts): import it only dynamically,
//   const { billingDocumentPdf } = await import('@/documents/billingDocumentPdf')
// (scripts/check-bundle.mjs fails the build check if it lands in the initial chunks).
import fontkit from '@pdf-lib/fontkit'
import { PDFDocument } from 'pdf-lib'
import { fetchDocumentFonts, type DocumentFontLoader } from './fonts'
import { formatDate } from './format'
import { drawInvoice } from './invoice'
import { DOCUMENT_LABELS, type DocumentLabels } from './labels'
import type { DocumentFonts, Sheet } from './layout'
import type { BillingDocument } from './model'
import { drawReconciliationAct } from './reconciliationAct'
import { drawUpd } from './upd'

type Layout = (pdf: PDFDocument, fonts: DocumentFonts, doc: BillingDocument, labels: DocumentLabels) => Sheet

const LAYOUTS: Record<BillingDocument['type'], { layout: Layout; name: (labels: DocumentLabels) => string }> = {
  invoice: { layout: drawInvoice, name: (labels) => labels.invoice.name },
  upd: { layout: drawUpd, name: (labels) => labels.upd.name },
  'reconciliation-act': { layout: drawReconciliationAct, name: (labels) => labels.act.name },
}

/** "Счёт на оплату № 42 от 15.03.2025": the PDF's title, and each page's footer. */
export function billingDocumentTitle(doc: BillingDocument): string {
  const labels = DOCUMENT_LABELS[doc.language]
  return labels.numbered(LAYOUTS[doc.type].name(labels), doc.number, formatDate(doc.date, doc.language))
}

export async function billingDocumentPdf(doc: BillingDocument, options: { loadFonts?: DocumentFontLoader } = {}): Promise<Uint8Array> {
  const labels = DOCUMENT_LABELS[doc.language]
  const files = await (options.loadFonts ?? fetchDocumentFonts)()
  const pdf = await PDFDocument.create()
  pdf.registerFontkit(fontkit)
  // Subsets: only the glyphs the document uses are embedded (tens of KiB, not the whole font).
  const fonts = { regular: await pdf.embedFont(files.regular, { subset: true }), bold: await pdf.embedFont(files.bold, { subset: true }) }

  const title = billingDocumentTitle(doc)
  pdf.setTitle(title, { showInWindowTitleBar: true })
  pdf.setAuthor(doc.supplier.name)
  pdf.setSubject(`${title}: ${doc.supplier.name} — ${doc.customer.name}`)
  pdf.setLanguage(labels.locale)
  pdf.setCreator('Cloud control panel')

  const sheet = LAYOUTS[doc.type].layout(pdf, fonts, doc, labels)
  sheet.footers(title, labels)
  return pdf.save()
}
