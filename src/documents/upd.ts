// "УПД" / "Universal transfer document" (landscape, like the paper form): the status box at the
// left ("Status: 1" = VAT invoice and transfer document), the numbered requisites lines, the lines
// with the VAT split out of each amount, and the handed-over / received signature blocks.
import type { PDFDocument } from 'pdf-lib'
import { formatAmount, formatDate, formatLongDate, formatQuantity } from './format'
import type { DocumentLabels } from './labels'
import { A4_LANDSCAPE, MUTED, Sheet, taxNumbers, type DocumentFonts } from './layout'
import type { BillingDocument, BillingDocumentLine } from './model'

const STATUS_BOX_WIDTH = 128

/**
 * Each line's VAT (included in its amount), rounded per line; the rounding difference goes to the
 * largest line, so the lines add up to the document's VAT exactly.
 */
export function splitVat(lines: BillingDocumentLine[], vatKopecks: number, ratePercent: number): number[] {
  if (ratePercent <= 0 || lines.length === 0) return lines.map(() => 0)
  const vats = lines.map((line) => Math.round((line.amountKopecks * ratePercent) / (100 + ratePercent)))
  const largest = lines.reduce((best, line, index) => (line.amountKopecks > lines[best]!.amountKopecks ? index : best), 0)
  vats[largest]! += vatKopecks - vats.reduce((sum, vat) => sum + vat, 0)
  return vats
}

function statusBox(sheet: Sheet, labels: DocumentLabels, top: number): void {
  const x = sheet.left
  const width = STATUS_BOX_WIDTH - 10
  const nameLines = sheet.wrap(labels.upd.name, width, { size: 9.5, bold: true })
  sheet.drawLines(nameLines, x, top, width, { size: 9.5, bold: true })
  let y = top - nameLines.length * sheet.lineHeight({ size: 9.5 }) - 10
  sheet.drawLines([labels.upd.status], x, y - 3, width, { size: 8.5 })
  const boxX = x + sheet.textWidth(labels.upd.status, { size: 8.5 }) + 6
  sheet.rect(boxX, y, 20, 16)
  sheet.drawLines(['1'], boxX, y - 3, 20, { size: 10, bold: true, align: 'center' })
  y -= 24
  sheet.drawLines(sheet.wrap(labels.upd.statusHelp, width, { size: 6.5 }), x, y, width, { size: 6.5, color: MUTED })
}

export function drawUpd(pdf: PDFDocument, fonts: DocumentFonts, doc: BillingDocument, labels: DocumentLabels): Sheet {
  const sheet = new Sheet(pdf, fonts, A4_LANDSCAPE)
  const { language, supplier, customer } = doc
  const L = labels.upd
  const [a, b] = L.lineLetters
  const top = sheet.y
  statusBox(sheet, labels, top)

  // The requisites: the right part of the header, its lines numbered as on the form.
  const x = sheet.left + STATUS_BOX_WIDTH + 8
  const width = sheet.right - x
  const numbered = (text: string, note: string, style: { size: number; bold?: boolean }) => {
    const lineTop = sheet.y
    sheet.text(text, style, { x, width: width - 30 })
    sheet.drawLines([note], x + width - 24, lineTop, 24, { size: 6.5, color: MUTED, align: 'right' })
  }
  numbered(L.title(doc.number, formatLongDate(doc.date, language)), '(1)', { size: 11, bold: true })
  numbered(L.correction, `(1${a})`, { size: 8 })
  sheet.space(6)
  const dash = '—'
  const requisites = [
      { label: L.seller, value: supplier.name, note: '(2)' },
      { label: L.address, value: supplier.address, note: `(2${a})` },
      { label: L.sellerInnKpp, value: taxNumbers(supplier, labels) || dash, note: `(2${b})` },
      { label: L.shipper, value: L.shipperSame, note: '(3)' },
      { label: L.consignee, value: dash, note: '(4)' },
      { label: L.paymentDocument, value: dash, note: '(5)' },
      { label: L.shipmentDocument, value: L.shipmentDocumentValue(doc.lines.length, doc.number, formatDate(doc.date, language)), note: `(5${a})` },
      { label: L.buyer, value: customer.name, note: '(6)' },
      { label: L.address, value: customer.address, note: `(6${a})` },
      { label: L.buyerInnKpp, value: taxNumbers(customer, labels) || dash, note: `(6${b})` },
      { label: L.currency, value: L.currencyValue, note: '(7)' },
      { label: L.contract, value: dash, note: '(8)' },
  ]
  // As wide as the longest label (a very long one wraps), so the values line up close to them.
  const labelWidth = Math.min(230, Math.max(...requisites.map((field) => sheet.textWidth(field.label, { size: 7.5 }))) + 12)
  sheet.fields(requisites, { labelWidth, size: 7.5, underline: true, x, width, gap: 1.5 })
  sheet.page.drawLine({ start: { x: x - 8, y: top + 2 }, end: { x: x - 8, y: sheet.y }, thickness: 1.2 })

  sheet.space(8)
  if (doc.periodFrom && doc.periodTo) {
    sheet.text(L.period(formatDate(doc.periodFrom, language), formatDate(doc.periodTo, language)), { size: 8.5, bold: true })
    sheet.space(4)
  }

  const vats = splitVat(doc.lines, doc.vatKopecks, doc.vatRatePercent)
  const rate = doc.vatRatePercent > 0 ? `${doc.vatRatePercent}%` : L.noVatRate
  const net = (kopecks: number) => formatAmount(kopecks, language)
  const C = L.columns
  sheet.table(
    [
      { header: C.number, width: 4, align: 'center' },
      { header: C.name, width: 34 },
      { header: C.unit, width: 6, align: 'center' },
      { header: C.quantity, width: 8, align: 'right' },
      { header: C.price, width: 10, align: 'right' },
      { header: C.net, width: 10, align: 'right' },
      { header: C.rate, width: 7, align: 'center' },
      { header: C.vat, width: 10, align: 'right' },
      { header: C.gross, width: 11, align: 'right' },
    ],
    [
      ...doc.lines.map((line, index) => {
        const vat = vats[index]!
        const priceNet = doc.vatRatePercent > 0 ? Math.round((line.priceKopecks * 100) / (100 + doc.vatRatePercent)) : line.priceKopecks
        return {
          cells: [String(index + 1), line.name, line.unit, formatQuantity(line.quantity, language), net(priceNet), net(line.amountKopecks - vat), rate, net(vat), net(line.amountKopecks)],
        }
      }),
      {
        bold: true,
        cells: [{ text: L.totalDue, span: 5, align: 'left' as const }, net(doc.totalKopecks - doc.vatKopecks), { text: '×', align: 'center' as const }, net(doc.vatKopecks), net(doc.totalKopecks)],
      },
    ],
    { size: 8, headerSize: 7 },
  )

  // Signatures: the heads of the seller, then who handed over and who received.
  sheet.space(14)
  sheet.ensure(150)
  const half = (sheet.width - 24) / 2
  const rightX = sheet.left + half + 24
  const signed = sheet.signature(L.headSigner, labels, { width: half, roleWidth: 150 })
  sheet.signature(L.accountantSigner, labels, { x: rightX, width: half, roleWidth: 150 })
  sheet.space(signed + 6)
  sheet.rule(1.2)
  sheet.space(10)

  const start = sheet.y
  const side = (sideX: number, heading: string, dateLabel: string, dateValue: string, compiler: string) => {
    sheet.y = start
    sheet.text(heading, { size: 8, bold: true }, { x: sideX, width: half })
    sheet.space(16)
    const slot = (half - 16) / 3
    for (const [index, caption] of [labels.position, labels.signature, labels.fullName].entries()) {
      sheet.blank(sideX + index * (slot + 8), sheet.y, slot, caption)
    }
    sheet.space(18)
    sheet.fields([{ label: dateLabel, value: dateValue }], { labelWidth: 150, size: 8, x: sideX, width: half, gap: 6 })
    sheet.fields([{ label: L.compiler, value: compiler }], { labelWidth: 150, size: 8, x: sideX, width: half })
    return sheet.y
  }
  const leftEnd = side(sheet.left, L.handedOver, L.shipmentDate, formatDate(doc.date, language), [supplier.name, taxNumbers(supplier, labels)].filter(Boolean).join(', '))
  const rightEnd = side(rightX, L.received, L.receiptDate, L.blankDate, [customer.name, taxNumbers(customer, labels)].filter(Boolean).join(', '))
  sheet.page.drawLine({ start: { x: rightX - 12, y: start + 4 }, end: { x: rightX - 12, y: Math.min(leftEnd, rightEnd) }, thickness: 0.8 })
  sheet.y = Math.min(leftEnd, rightEnd)
  return sheet
}
