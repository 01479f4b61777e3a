// The small layout toolkit the three document layouts share: a cursor that flows down the pages
// (a new page when the next block does not fit), wrapped text, bordered tables whose rows wrap and
// whose header repeats on every page, label/value rows, requisites blocks and signature lines.
import { rgb, type Color, type PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib'
import type { DocumentLabels } from './labels'
import type { BillingParty } from './model'

export type PageSize = [width: number, height: number]
export const A4_PORTRAIT: PageSize = [595.28, 841.89]
export const A4_LANDSCAPE: PageSize = [841.89, 595.28]

export const INK = rgb(0.1, 0.11, 0.13)
export const MUTED = rgb(0.4, 0.42, 0.46)
const BORDER = rgb(0.45, 0.47, 0.5)
const SHADE = rgb(0.92, 0.93, 0.95)

const MARGIN = { top: 36, right: 34, bottom: 46, left: 40 }
/** Line height as a multiple of the font size. */
const LEADING = 1.24
const CELL_PADDING = { x: 3.5, y: 3 }

export type Align = 'left' | 'center' | 'right'
export interface TextStyle {
  size?: number
  bold?: boolean
  color?: Color
  align?: Align
}
export interface DocumentFonts {
  regular: PDFFont
  bold: PDFFont
}

export interface TableColumn {
  header: string
  /** Relative width: the columns share the table's width in proportion. */
  width: number
  align?: Align
}
export interface TableCell {
  text: string
  /** How many columns the cell covers. */
  span?: number
  align?: Align
  bold?: boolean
}
export interface TableRow {
  cells: (string | TableCell)[]
  bold?: boolean
  shade?: boolean
}
export interface Field {
  label: string
  value: string
  /** A small reference at the right edge, like a printed form's line numbers: "(2а)". */
  note?: string
}

interface LaidCell {
  x: number
  width: number
  lines: string[]
  style: TextStyle
}
interface LaidRow {
  cells: LaidCell[]
  height: number
  shade: boolean
  center: boolean
}

export class Sheet {
  page: PDFPage
  /** The cursor: where the next block's top goes, in PDF units from the page's bottom. */
  y = 0
  readonly left = MARGIN.left
  readonly right: number
  readonly width: number

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: DocumentFonts,
    private readonly size: PageSize,
  ) {
    this.right = size[0] - MARGIN.right
    this.width = this.right - this.left
    this.page = this.newPage()
  }

  newPage(): PDFPage {
    this.page = this.pdf.addPage(this.size)
    this.y = this.size[1] - MARGIN.top
    return this.page
  }

  /** Starts a new page unless `height` more fits on this one; true when it did. */
  ensure(height: number): boolean {
    if (this.y - height >= MARGIN.bottom) return false
    this.newPage()
    return true
  }

  space(height: number): void {
    this.y -= height
  }

  font(style: TextStyle): PDFFont {
    return style.bold ? this.fonts.bold : this.fonts.regular
  }

  lineHeight(style: TextStyle): number {
    return (style.size ?? 9) * LEADING
  }

  textWidth(text: string, style: TextStyle): number {
    return this.font(style).widthOfTextAtSize(text, style.size ?? 9)
  }

  /**
   * Breaks text into lines no wider than `width`: at spaces (a no-break space keeps "1 234,56 ₽"
   * together), at "\n", and inside a word only when the word alone is too wide (an account number).
   */
  wrap(text: string, width: number, style: TextStyle): string[] {
    const fits = (line: string) => this.textWidth(line, style) <= width
    const lines: string[] = []
    for (const paragraph of text.split('\n')) {
      let line = ''
      for (const word of paragraph.split(/ +/)) {
        const candidate = line ? `${line} ${word}` : word
        if (fits(candidate)) {
          line = candidate
          continue
        }
        if (line) lines.push(line)
        line = word
        while (line.length > 1 && !fits(line)) {
          let cut = line.length - 1
          while (cut > 1 && !fits(line.slice(0, cut))) cut--
          lines.push(line.slice(0, cut))
          line = line.slice(cut)
        }
      }
      lines.push(line)
    }
    return lines
  }

  /** Draws lines with the first one's top at `top`, aligned within [x, x + width]. No page breaks. */
  drawLines(lines: string[], x: number, top: number, width: number, style: TextStyle): void {
    const size = style.size ?? 9
    const font = this.font(style)
    lines.forEach((line, index) => {
      const lineWidth = font.widthOfTextAtSize(line, size)
      const offset = style.align === 'right' ? width - lineWidth : style.align === 'center' ? (width - lineWidth) / 2 : 0
      const baseline = top - index * size * LEADING - size * 0.93
      this.page.drawText(line, { x: x + offset, y: baseline, size, font, color: style.color ?? INK })
    })
  }

  /** A paragraph at the cursor, across the content width (or [x, x + width]); breaks pages between lines. */
  text(text: string, style: TextStyle = {}, box: { x?: number; width?: number } = {}): void {
    const x = box.x ?? this.left
    const width = box.width ?? this.right - x
    const lineHeight = this.lineHeight(style)
    for (const line of this.wrap(text, width, style)) {
      this.ensure(lineHeight)
      this.drawLines([line], x, this.y, width, style)
      this.y -= lineHeight
    }
  }

  /** A horizontal rule at the cursor. */
  rule(thickness = 0.6, box: { x?: number; width?: number } = {}): void {
    const x = box.x ?? this.left
    const width = box.width ?? this.right - x
    this.page.drawLine({ start: { x, y: this.y }, end: { x: x + width, y: this.y }, thickness, color: thickness > 1 ? INK : BORDER })
  }

  /** A rectangle by its top-left corner: bordered, shaded, or both. */
  rect(x: number, top: number, width: number, height: number, options: { border?: boolean; shade?: boolean } = { border: true }): void {
    this.page.drawRectangle({
      x,
      y: top - height,
      width,
      height,
      color: options.shade ? SHADE : undefined,
      borderColor: options.border ? BORDER : undefined,
      borderWidth: options.border ? 0.5 : 0,
    })
  }

  /** A line to sign or write on, from x to x + width at the baseline `y`, with a small caption under it. */
  blank(x: number, y: number, width: number, caption?: string): void {
    this.page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness: 0.5, color: INK })
    if (caption) this.drawLines([caption], x, y - 1.5, width, { size: 6, color: MUTED, align: 'center' })
  }

  /**
   * A bordered table at the cursor: cells wrap inside their column, a row that does not fit starts
   * a new page, and the header is drawn again at the top of it.
   */
  table(columns: TableColumn[], rows: TableRow[], options: { size?: number; headerSize?: number } = {}): void {
    const size = options.size ?? 8
    const totalWeight = columns.reduce((sum, column) => sum + column.width, 0)
    const edges = [this.left]
    for (const column of columns) edges.push(edges.at(-1)! + (column.width / totalWeight) * this.width)

    const layRow = (cells: (string | TableCell)[], row: { bold?: boolean; shade?: boolean }, header: boolean, cellSize: number): LaidRow => {
      let column = 0
      const laid = cells.map((cell): LaidCell => {
        const spec = typeof cell === 'string' ? { text: cell } : cell
        const from = column
        column += spec.span ?? 1
        const x = edges[from]!
        const width = edges[Math.min(column, columns.length)]! - x
        const style: TextStyle = { size: cellSize, bold: spec.bold ?? row.bold ?? header, align: spec.align ?? (header ? 'center' : columns[from]?.align) }
        return { x, width, lines: this.wrap(spec.text, width - 2 * CELL_PADDING.x, style), style }
      })
      const height = Math.max(...laid.map((cell) => cell.lines.length * cellSize * LEADING)) + 2 * CELL_PADDING.y
      return { cells: laid, height, shade: header || Boolean(row.shade), center: header }
    }
    const draw = (row: LaidRow) => {
      if (row.shade) this.rect(this.left, this.y, this.width, row.height, { shade: true })
      for (const cell of row.cells) {
        this.rect(cell.x, this.y, cell.width, row.height)
        const textHeight = cell.lines.length * (cell.style.size ?? 9) * LEADING
        const top = this.y - (row.center ? (row.height - textHeight) / 2 : CELL_PADDING.y)
        this.drawLines(cell.lines, cell.x + CELL_PADDING.x, top, cell.width - 2 * CELL_PADDING.x, cell.style)
      }
      this.y -= row.height
    }

    const header = layRow(
      columns.map((column) => column.header),
      {},
      true,
      options.headerSize ?? size,
    )
    const body = rows.map((row) => layRow(row.cells, row, false, size))
    this.ensure(header.height + (body[0]?.height ?? 0))
    draw(header)
    for (const row of body) {
      if (this.ensure(row.height)) draw(header)
      draw(row)
    }
  }

  /** Label/value rows (a form's lines): the value wraps beside its label; optional underline and reference. */
  fields(fields: Field[], options: { labelWidth: number; size?: number; boldValue?: boolean; underline?: boolean; x?: number; width?: number; gap?: number }): void {
    const size = options.size ?? 8.5
    const x = options.x ?? this.left
    const width = options.width ?? this.right - x
    const noteWidth = fields.some((field) => field.note) ? 24 : 0
    const valueX = x + options.labelWidth
    const valueWidth = width - options.labelWidth - noteWidth
    for (const field of fields) {
      const labelLines = this.wrap(field.label, options.labelWidth - 6, { size })
      const valueStyle: TextStyle = { size, bold: options.boldValue }
      const valueLines = this.wrap(field.value, valueWidth, valueStyle)
      const height = Math.max(labelLines.length, valueLines.length) * size * LEADING
      this.ensure(height + 2)
      this.drawLines(labelLines, x, this.y, options.labelWidth - 6, { size, color: MUTED })
      this.drawLines(valueLines, valueX, this.y, valueWidth, valueStyle)
      if (field.note) this.drawLines([field.note], x + width - noteWidth, this.y, noteWidth, { size: 7, color: MUTED, align: 'right' })
      if (options.underline) {
        const lineY = this.y - height + 0.5
        this.page.drawLine({ start: { x: valueX, y: lineY }, end: { x: valueX + valueWidth, y: lineY }, thickness: 0.4, color: BORDER })
      }
      this.y -= height + (options.gap ?? 2)
    }
  }

  /** Right-aligned totals under a table: "Итого: 1 234,56". Kept together on one page. */
  totals(rows: { label: string; value: string }[], options: { size?: number; valueWidth?: number } = {}): void {
    const size = options.size ?? 9
    const valueWidth = options.valueWidth ?? 90
    const lineHeight = size * LEADING
    this.ensure(rows.length * lineHeight)
    const labelX = this.left
    const labelWidth = this.width - valueWidth - 8
    for (const row of rows) {
      this.drawLines([row.label], labelX, this.y, labelWidth, { size, bold: true, align: 'right' })
      this.drawLines([row.value], this.right - valueWidth, this.y, valueWidth - CELL_PADDING.x, { size, bold: true, align: 'right' })
      this.y -= lineHeight
    }
  }

  /** Side-by-side requisites blocks (the supplier's and the customer's), each with its heading. */
  requisites(blocks: { heading: string; party: BillingParty }[], labels: DocumentLabels, options: { size?: number; gap?: number } = {}): void {
    const size = options.size ?? 8
    const gap = options.gap ?? 24
    const columnWidth = (this.width - gap * (blocks.length - 1)) / blocks.length
    const laid = blocks.map(({ heading, party }) => ({
      heading: this.wrap(heading, columnWidth, { size, bold: true }),
      name: this.wrap(party.name, columnWidth, { size, bold: true }),
      details: partyDetails(party, labels).flatMap((line) => this.wrap(line, columnWidth, { size })),
    }))
    const lineHeight = size * LEADING
    const height = Math.max(...laid.map((block) => (block.heading.length + block.name.length + block.details.length) * lineHeight + 4))
    this.ensure(height)
    laid.forEach((block, index) => {
      const x = this.left + index * (columnWidth + gap)
      let top = this.y
      this.drawLines(block.heading, x, top, columnWidth, { size, bold: true, color: MUTED })
      top -= block.heading.length * lineHeight + 4
      this.drawLines(block.name, x, top, columnWidth, { size, bold: true })
      top -= block.name.length * lineHeight
      this.drawLines(block.details, x, top, columnWidth, { size })
    })
    this.y -= height
  }

  /**
   * A signature line: the signer's role, then blanks for the signature and the full name, each
   * captioned under it. Drawn at the cursor within [x, x + width]; returns its height.
   */
  signature(role: string, labels: DocumentLabels, box: { x?: number; width?: number; roleWidth?: number } = {}): number {
    const x = box.x ?? this.left
    const width = box.width ?? this.right - x
    const roleWidth = box.roleWidth ?? Math.min(110, width * 0.35)
    const roleLines = this.wrap(role, roleWidth - 6, { size: 8 })
    const height = Math.max(roleLines.length * 8 * LEADING, 12) + 10
    const baseline = this.y - Math.max(roleLines.length * 8 * LEADING, 12) + 1
    this.drawLines(roleLines, x, this.y - Math.max(0, 12 - roleLines.length * 8 * LEADING), roleWidth - 6, { size: 8 })
    const slots = width - roleWidth
    this.blank(x + roleWidth, baseline, slots * 0.42, labels.signature)
    this.blank(x + roleWidth + slots * 0.5, baseline, slots * 0.5, labels.fullName)
    return height
  }

  /** Draws the footer of every page: the document's name and "Page n of N". Call once, at the end. */
  footers(text: string, labels: DocumentLabels): void {
    const pages = this.pdf.getPages()
    pages.forEach((page, index) => {
      const y = MARGIN.bottom - 22
      const current = this.page
      this.page = page
      this.drawLines([text], this.left, y, this.width * 0.7, { size: 7, color: MUTED })
      this.drawLines([labels.pageOf(index + 1, pages.length)], this.left, y, this.width, { size: 7, color: MUTED, align: 'right' })
      this.page = current
    })
  }
}

/** "ИНН 7701234567, КПП 770101001" or "Tax ID DE123456789" ('' when the party has none). */
export function taxNumbers(party: BillingParty, labels: DocumentLabels): string {
  return joined(party.inn && `${labels.inn} ${party.inn}`, party.kpp && `${labels.kpp} ${party.kpp}`, party.taxId && `${labels.taxId} ${party.taxId}`)
}

/** A party's requisites, one line each: tax numbers, address, bank details (those it has). */
export function partyDetails(party: BillingParty, labels: DocumentLabels): string[] {
  const settlement = party.settlementAccount && `${labels.settlementAccount} ${party.settlementAccount}`
  const account = settlement && party.bankName ? labels.accountAt(settlement, party.bankName) : settlement || (party.bankName && `${labels.bank} ${party.bankName}`)
  const bankCodes = joined(party.bic && `${labels.bic} ${party.bic}`, party.correspondentAccount && `${labels.correspondentAccount} ${party.correspondentAccount}`)
  const international = joined(party.iban && `${labels.iban} ${party.iban}`, party.swift && `${labels.swift} ${party.swift}`)
  return [taxNumbers(party, labels), party.address, account ?? '', bankCodes, international].filter(Boolean)
}

/** "ООО «Ромашка», ИНН …, КПП …, address": a party on one (wrapping) line. */
export function partyInline(party: BillingParty, labels: DocumentLabels): string {
  return joined(party.name, taxNumbers(party, labels), party.address)
}

function joined(...parts: (string | null | false)[]): string {
  return parts.filter(Boolean).join(', ')
}
