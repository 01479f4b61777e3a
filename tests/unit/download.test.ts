import { describe, expect, it, vi } from 'vitest'
import { toCsv } from '@/documents/csv'
import { downloadCsv, downloadPdf } from '@/documents/download'

describe('downloadBlob (through downloadPdf and downloadCsv)', () => {
  it('saves each file under its name with its type and leaves no link behind', async () => {
    const made: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      made.push(blob as Blob)
      return `blob:test/${made.length}`
    })
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {})
    const clicked: { href: string; download: string }[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })

    downloadPdf(new TextEncoder().encode('%PDF-1.7'), 'invoice.pdf')
    downloadCsv(toCsv([['Дата']]), 'transactions.csv')

    expect(clicked).toEqual([
      { href: 'blob:test/1', download: 'invoice.pdf' },
      { href: 'blob:test/2', download: 'transactions.csv' },
    ])
    expect(made.map((blob) => blob.type)).toEqual(['application/pdf', 'text/csv;charset=utf-8'])
    expect(new TextDecoder().decode(await made[0]!.arrayBuffer())).toBe('%PDF-1.7')
    // The UTF-8 byte order mark first, so Excel reads the Cyrillic.
    expect([...new Uint8Array(await made[1]!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(document.querySelectorAll('a[download]')).toHaveLength(0)
    await vi.waitFor(() => expect(revoke.mock.calls.map(([url]) => url)).toEqual(['blob:test/1', 'blob:test/2']))
  })
})
