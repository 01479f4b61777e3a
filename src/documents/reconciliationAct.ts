// "Акт сверки взаимных расчётов" / "Reconciliation statement": the period and the parties, the
// supplier's entries with debit/credit columns between the opening and closing balances, the
// turnover, the conclusion (who owes whom), and both parties' requisites with signatures.
import type { PDFDocument } from 'pdf-lib'
import { amountInWords } from './amountInWords'
import { formatAmount, formatDate, formatLongDate, formatMoney } from './format'
import type { DocumentLabels } from './labels'
import { A4_PORTRAIT, MUTED, Sheet, type DocumentFonts, type TableRow } from './layout'
import type { BillingDocument } from './model'

export function drawReconciliationAct(pdf: PDFDocument, fonts: DocumentFonts, doc: BillingDocument, labels: DocumentLabels): Sheet {
  const sheet = new Sheet(pdf, fonts, A4_PORTRAIT)
  const { language, supplier, customer } = doc
  const L = labels.act
  const date = (iso: string) => formatDate(iso, language)
  const amount = (kopecks: number) => formatAmount(kopecks, language)
  const from = doc.periodFrom ?? doc.date
  const to = doc.periodTo ?? doc.date

  sheet.text(L.name, { size: 14, bold: true, align: 'center' })
  sheet.space(2)
  sheet.text(L.period(date(from), date(to)), { size: 10, align: 'center' })
  sheet.text(L.between(supplier.name, customer.name), { size: 10, align: 'center' })
  sheet.space(4)
  sheet.text(labels.numbered('', doc.number, formatLongDate(doc.date, language)).trim(), { size: 8.5, color: MUTED, align: 'center' })
  sheet.space(14)
  sheet.text(L.intro(supplier.name, customer.name), { size: 9 })
  sheet.space(10)
  sheet.text(`${L.dataOf(supplier.name)}, ${labels.currency}`, { size: 9, bold: true })
  sheet.space(4)

  const entries = doc.entries ?? []
  const opening = doc.openingBalanceKopecks ?? 0
  const closing = doc.closingBalanceKopecks ?? 0
  // A debit balance (the customer owes) sits in the debit column, a credit balance in the credit one.
  const balanceCells = (kopecks: number) => [kopecks > 0 ? amount(kopecks) : '', kopecks < 0 ? amount(-kopecks) : '']
  const debit = entries.reduce((sum, entry) => sum + entry.debitKopecks, 0)
  const credit = entries.reduce((sum, entry) => sum + entry.creditKopecks, 0)
  const C = L.columns
  const rows: TableRow[] = [
    { bold: true, shade: true, cells: [{ text: L.opening(date(from)), span: 3, align: 'left' as const }, ...balanceCells(opening)] },
    ...entries.map((entry, index) => ({
      cells: [String(index + 1), date(entry.date), entry.description, entry.debitKopecks ? amount(entry.debitKopecks) : '', entry.creditKopecks ? amount(entry.creditKopecks) : ''],
    })),
    { bold: true, cells: [{ text: L.turnover, span: 3, align: 'left' as const }, amount(debit), amount(credit)] },
    { bold: true, shade: true, cells: [{ text: L.closing(date(to)), span: 3, align: 'left' as const }, ...balanceCells(closing)] },
  ]
  sheet.table(
    [
      { header: C.number, width: 5, align: 'center' },
      { header: C.date, width: 11, align: 'center' },
      { header: C.document, width: 52 },
      { header: C.debit, width: 16, align: 'right' },
      { header: C.credit, width: 16, align: 'right' },
    ],
    rows,
    { size: 8.5 },
  )

  sheet.space(12)
  const words = (kopecks: number) => {
    const text = amountInWords(kopecks, language)
    return text.charAt(0).toLowerCase() + text.slice(1)
  }
  const conclusion =
    closing === 0
      ? L.noDebt(supplier.name, date(to))
      : L.debt(supplier.name, date(to), closing > 0 ? supplier.name : customer.name, formatMoney(Math.abs(closing), language), words(Math.abs(closing)))
  sheet.text(conclusion, { size: 9, bold: true })

  // Both parties: requisites, then each one's signature and seal.
  sheet.space(22)
  sheet.ensure(150)
  sheet.requisites(
    [
      { heading: labels.supplier, party: supplier },
      { heading: labels.customer, party: customer },
    ],
    labels,
  )
  sheet.space(22)
  const gap = 24
  const half = (sheet.width - gap) / 2
  const height = sheet.signature(labels.head, labels, { width: half, roleWidth: 70 })
  sheet.signature(labels.head, labels, { x: sheet.left + half + gap, width: half, roleWidth: 70 })
  sheet.space(height + 4)
  sheet.text(labels.stamp, { size: 8, color: MUTED }, { width: half })
  sheet.y += sheet.lineHeight({ size: 8 })
  sheet.text(labels.stamp, { size: 8, color: MUTED }, { x: sheet.left + half + gap, width: half })
  return sheet
}
