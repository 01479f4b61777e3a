// Saves what the browser made (a PDF, a CSV) as a file: a Blob behind a temporary object URL and
// <a download>. The one place that does it, so every download behaves alike.
import { CSV_MIME } from './csv'

export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    // After the click has started the download; revoking at once can cancel it in some browsers.
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }
}

export function downloadPdf(bytes: Uint8Array, fileName: string): void {
  downloadBlob(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }), fileName)
}

/** The text of `toCsv` (it starts with the BOM already). */
export function downloadCsv(text: string, fileName: string): void {
  downloadBlob(new Blob([text], { type: CSV_MIME }), fileName)
}
