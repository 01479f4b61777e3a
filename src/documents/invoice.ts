// "Счёт на оплату" / "Invoice": the supplier's bank block (what a payer copies into a payment
// order), the title, both parties, the lines, totals with VAT, the amount in words, the payment
// purpose and the signatures.
import type { PDFDocument } from 'pdf-lib'
import { amountInWords } from './amountInWords'
import { formatAmount, formatLongDate, formatMoney, formatQuantity } from './format'
import type { DocumentLabels } from './labels'
import { A4_PORTRAIT, MUTED, Sheet, partyInline, type DocumentFonts } from './layout'
import type { BillingDocument } from './model'

const BANK_BLOCK = { labelWidth: 48, valueWidth: 150, rowHeight: 14, size: 8.5, padding: 3.5 }

/** The classic bank block: bank | BIC, corr. account; INN | KPP | account; beneficiary. */
function bankBlock(sheet: Sheet, doc: BillingDocument, labels: DocumentLabels): void {
  const { supplier } = doc
  const { labelWidth, valueWidth, rowHeight, size, padding } = BANK_BLOCK
  const leftWidth = sheet.width - labelWidth - valueWidth
  const x = sheet.left
  const labelX = x + leftWidth
  const valueX = labelX + labelWidth
  const lineHeight = sheet.lineHeight({ size })
  const textWidth = (width: number) => width - 2 * padding
  const captioned = (text: string, width: number) => sheet.wrap(text, textWidth(width), { size }).length * lineHeight + 2 * padding + 9

  const bankText = [supplier.bankName ?? '—', supplier.swift && `${labels.swift} ${supplier.swift}`].filter(Boolean).join('\n')
  const accountText = [supplier.settlementAccount ?? '—', supplier.iban && `${labels.iban} ${supplier.iban}`].filter(Boolean).join('\n')
  const topHeight = Math.max(2 * rowHeight, captioned(bankText, leftWidth))
  const nameHeight = Math.max(2 * rowHeight, captioned(supplier.name, leftWidth))
  const bottomHeight = rowHeight + nameHeight
  sheet.ensure(topHeight + bottomHeight)
  const top = sheet.y

  const cell = (cellX: number, cellTop: number, width: number, height: number, text: string, caption?: string) => {
    sheet.rect(cellX, cellTop, width, height)
    sheet.drawLines(sheet.wrap(text, textWidth(width), { size }), cellX + padding, cellTop - padding, textWidth(width), { size })
    if (caption) sheet.drawLines([caption], cellX + padding, cellTop - height + padding + 7, textWidth(width), { size: 6.5, color: MUTED })
  }
  // Top: the bank, its BIC and correspondent account.
  cell(x, top, leftWidth, topHeight, bankText, labels.invoice.beneficiaryBank)
  cell(labelX, top, labelWidth, rowHeight, labels.bic)
  cell(valueX, top, valueWidth, rowHeight, supplier.bic ?? '—')
  cell(labelX, top - rowHeight, labelWidth, topHeight - rowHeight, labels.invoice.accountNo)
  cell(valueX, top - rowHeight, valueWidth, topHeight - rowHeight, supplier.correspondentAccount ?? '—')
  // Bottom: INN | KPP, the beneficiary, and its settlement account.
  const bottom = top - topHeight
  const taxText = supplier.inn || supplier.kpp ? null : supplier.taxId && `${labels.taxId} ${supplier.taxId}`
  if (taxText) cell(x, bottom, leftWidth, rowHeight, taxText)
  else {
    cell(x, bottom, leftWidth / 2, rowHeight, `${labels.inn} ${supplier.inn ?? '—'}`)
    cell(x + leftWidth / 2, bottom, leftWidth / 2, rowHeight, `${labels.kpp} ${supplier.kpp ?? '—'}`)
  }
  cell(x, bottom - rowHeight, leftWidth, nameHeight, supplier.name, labels.invoice.beneficiary)
  cell(labelX, bottom, labelWidth, bottomHeight, labels.invoice.accountNo)
  cell(valueX, bottom, valueWidth, bottomHeight, accountText)
  sheet.y = bottom - bottomHeight
}

export function drawInvoice(pdf: PDFDocument, fonts: DocumentFonts, doc: BillingDocument, labels: DocumentLabels): Sheet {
  const sheet = new Sheet(pdf, fonts, A4_PORTRAIT)
  const { language } = doc
  bankBlock(sheet, doc, labels)

  sheet.space(22)
  sheet.text(labels.invoice.title(doc.number, formatLongDate(doc.date, language)), { size: 14, bold: true })
  sheet.space(4)
  sheet.rule(1.6)
  sheet.space(10)
  const parties = [
    { label: labels.invoice.supplier, value: partyInline(doc.supplier, labels) },
    { label: labels.invoice.customer, value: partyInline(doc.customer, labels) },
  ]
  const labelWidth = Math.max(...parties.map((field) => sheet.textWidth(field.label, { size: 9 }))) + 16
  sheet.fields(parties, { labelWidth, size: 9, boldValue: true, gap: 8 })
  sheet.space(6)

  const currency = labels.currency
  sheet.table(
    [
      { header: labels.lines.number, width: 4, align: 'center' },
      { header: labels.lines.name, width: 46 },
      { header: labels.lines.quantity, width: 9, align: 'right' },
      { header: labels.lines.unit, width: 7, align: 'center' },
      { header: `${labels.lines.price}, ${currency}`, width: 14, align: 'right' },
      { header: `${labels.lines.amount}, ${currency}`, width: 14, align: 'right' },
    ],
    doc.lines.map((line, index) => ({
      cells: [String(index + 1), line.name, formatQuantity(line.quantity, language), line.unit, formatAmount(line.priceKopecks, language), formatAmount(line.amountKopecks, language)],
    })),
    { size: 8.5 },
  )
  sheet.space(6)
  sheet.totals([
    { label: labels.total, value: formatAmount(doc.totalKopecks, language) },
    doc.vatRatePercent > 0 ? { label: labels.vatIncluded(doc.vatRatePercent), value: formatAmount(doc.vatKopecks, language) } : { label: labels.noVat, value: '—' },
    { label: labels.totalDue, value: formatAmount(doc.totalKopecks, language) },
  ])

  sheet.space(8)
  sheet.ensure(40)
  sheet.text(labels.itemsSummary(doc.lines.length, formatMoney(doc.totalKopecks, language)), { size: 9 })
  sheet.text(amountInWords(doc.totalKopecks, language), { size: 9, bold: true })

  if (doc.purpose) {
    sheet.space(12)
    const padding = 6
    const label = labels.invoice.purpose
    const lines = sheet.wrap(doc.purpose, sheet.width - 2 * padding, { size: 9 })
    const height = (lines.length + 1) * sheet.lineHeight({ size: 9 }) + 2 * padding + 2
    sheet.ensure(height)
    sheet.rect(sheet.left, sheet.y, sheet.width, height, { border: true, shade: true })
    sheet.drawLines([label], sheet.left + padding, sheet.y - padding, sheet.width, { size: 8, bold: true, color: MUTED })
    sheet.drawLines(lines, sheet.left + padding, sheet.y - padding - sheet.lineHeight({ size: 9 }) - 2, sheet.width - 2 * padding, { size: 9 })
    sheet.space(height)
  }

  sheet.space(14)
  sheet.ensure(60)
  sheet.rule(1.6)
  sheet.space(22)
  const half = (sheet.width - 30) / 2
  const height = sheet.signature(labels.head, labels, { width: half, roleWidth: 70 })
  sheet.signature(labels.accountant, labels, { x: sheet.left + half + 30, width: half, roleWidth: 62 })
  sheet.space(height)
  return sheet
}
