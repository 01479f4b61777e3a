// The PDFs of the billing documents: every type renders, long content flows onto more pages, the
// metadata names the document, and Russian text uses the embedded font (the standard PDF fonts
// cannot encode Cyrillic and throw).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fontkit from '@pdf-lib/fontkit'
import { decodePDFRawStream, PDFDict, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { billingDocumentPdf } from '@/documents/billingDocumentPdf'
import type { DocumentFontLoader } from '@/documents/fonts'
import { Sheet, A4_PORTRAIT } from '@/documents/layout'
import type { BillingDocument, BillingDocumentLine, BillingParty } from '@/documents/model'

// In the browser the fonts are fetched assets; here they are read from the repository.
const fontFile = (name: string) => readFileSync(join(__dirname, '../../src/documents/fonts', name))
const loadFonts: DocumentFontLoader = async () => ({ regular: fontFile('DejaVuSansCondensed.ttf'), bold: fontFile('DejaVuSansCondensed-Bold.ttf') })

const party = (name: string): BillingParty => ({
  name,
  inn: '7707083893',
  kpp: '773601001',
  taxId: null,
  address: '117997, г. Москва, ул. Вавилова, д. 19',
  bankName: 'ПАО Сбербанк',
  bic: '044525225',
  settlementAccount: '40702810938000012345',
  correspondentAccount: '30101810400000000225',
  iban: null,
  swift: null,
})
const lines = (count: number): BillingDocumentLine[] =>
  Array.from({ length: count }, (_, i) => ({ name: `Облачный сервер № ${i + 1}`, quantity: 1, unit: 'мес.', priceKopecks: 120_000, amountKopecks: 120_000 }))

function documentOf(type: BillingDocument['type'], overrides: Partial<BillingDocument> = {}): BillingDocument {
  const docLines = type === 'reconciliation-act' ? [] : lines(3)
  const total = docLines.reduce((sum, line) => sum + line.amountKopecks, 0)
  return {
    id: 'doc-1',
    type,
    number: '42',
    date: '2025-03-15',
    periodFrom: type === 'invoice' ? null : '2025-03-01',
    periodTo: type === 'invoice' ? null : '2025-03-31',
    language: 'ru',
    supplier: party('ООО «Облако»'),
    customer: party('ООО «Ромашка»'),
    lines: docLines,
    totalKopecks: total,
    vatRatePercent: 20,
    vatKopecks: Math.round(total / 6),
    purpose: type === 'invoice' ? 'Пополнение лицевого счёта № 1001 по счёту № 42, в т. ч. НДС 20%' : null,
    status: type === 'invoice' ? 'pending' : 'issued',
    openingBalanceKopecks: type === 'reconciliation-act' ? 50_000 : null,
    closingBalanceKopecks: type === 'reconciliation-act' ? 20_000 : null,
    entries: type === 'reconciliation-act' ? [{ date: '2025-03-10', description: 'Оплата', debitKopecks: 0, creditKopecks: 30_000 }] : null,
    ...overrides,
  }
}

const render = (doc: BillingDocument) => billingDocumentPdf(doc, { loadFonts })
const pageCount = async (bytes: Uint8Array) => (await PDFDocument.load(bytes)).getPageCount()
const TYPES: BillingDocument['type'][] = ['invoice', 'upd', 'reconciliation-act']

// Each render parses two fonts and lays out pages: well under a second alone, slower on a busy machine.
describe('billingDocumentPdf', { timeout: 30_000 }, () => {
  it.each(TYPES)('renders a document of type %s as a PDF file', async (type) => {
    const bytes = await render(documentOf(type))
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-')
    expect(await pageCount(bytes)).toBe(1)
  })

  it.each([
    ['invoice', { lines: lines(60) }],
    ['upd', { lines: lines(60) }],
    ['reconciliation-act', { entries: Array.from({ length: 60 }, () => ({ date: '2025-03-10', description: 'Оказание услуг', debitKopecks: 1000, creditKopecks: 0 })) }],
  ] as const)('flows a document of type %s with 60 rows onto more pages', async (type, rows) => {
    const short = await pageCount(await render(documentOf(type)))
    const long = await pageCount(await render(documentOf(type, rows)))
    expect(long).toBeGreaterThan(short)
  })

  it('titles the PDF with the document name, number and date in the document’s language', async () => {
    const ru = await PDFDocument.load(await render(documentOf('invoice')))
    expect(ru.getTitle()).toBe('Счёт на оплату № 42 от 15.03.2025')
    expect(ru.getAuthor()).toBe('ООО «Облако»')
    const en = await PDFDocument.load(await render(documentOf('upd', { language: 'en' })))
    expect(en.getTitle()).toBe('Universal transfer document No. 42 dated 15 Mar 2025')
  })

  it('draws Cyrillic-only text with the embedded font, mapped back to the Cyrillic letters', async () => {
    const cyrillic = 'Щёлковский Жилищный Фонд'
    const doc = documentOf('invoice', { supplier: { ...party(cyrillic), address: 'Щёлково' }, lines: [{ ...lines(1)[0]!, name: 'Хранилище' }] })
    const pdf = await PDFDocument.load(await render(doc))
    const objects = pdf.context.enumerateIndirectObjects().map(([, object]) => object)
    const fontNames = objects
      .filter((object): object is PDFDict => object instanceof PDFDict && object.get(PDFName.of('Type')) === PDFName.of('Font'))
      .map((font) => font.get(PDFName.of('BaseFont'))?.toString())
    expect(fontNames).toEqual(expect.arrayContaining([expect.stringContaining('DejaVuSansCondensed')]))
    expect(fontNames.some((name) => /Helvetica|Times|Courier/.test(name ?? ''))).toBe(false)
    // The ToUnicode maps make the text readable (and copyable): "Щ" is U+0429, "Ж" U+0416.
    const toUnicode = objects
      .filter((object): object is PDFRawStream => object instanceof PDFRawStream)
      .map((stream) => new TextDecoder().decode(decodePDFRawStream(stream).decode()))
      .filter((text) => text.includes('begincmap'))
      .join('\n')
    for (const codePoint of ['0429', '0416', '0425']) expect(toUnicode).toContain(`<${codePoint}>`)
  })

  it('wraps a long line name inside its column, breaking a word too long for it', async () => {
    const pdf = await PDFDocument.create()
    pdf.registerFontkit(fontkit)
    const files = await loadFonts()
    const sheet = new Sheet(pdf, { regular: await pdf.embedFont(files.regular, { subset: true }), bold: await pdf.embedFont(files.bold, { subset: true }) }, A4_PORTRAIT)
    const style = { size: 8.5 }
    const wrapped = sheet.wrap('Аренда выделенного сервера с двумя процессорами и 256 ГБ памяти, счёт 40702810938000012345678901234567890', 120, style)
    expect(wrapped.length).toBeGreaterThan(2)
    for (const line of wrapped) expect(sheet.textWidth(line, style)).toBeLessThanOrEqual(120)
    expect(wrapped.join('')).toContain('40702810938000012345678901234567890'.slice(-10))
  })
})
