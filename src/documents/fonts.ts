// The TTF fonts the PDFs embed (subset): the standard PDF fonts have no Cyrillic. They are separate
// assets (`?url`), fetched only when a document is made; tests pass their own loader (read with fs).
import boldUrl from './fonts/DejaVuSansCondensed-Bold.ttf?url'
import regularUrl from './fonts/DejaVuSansCondensed.ttf?url'

export interface DocumentFontFiles {
  regular: ArrayBuffer | Uint8Array
  bold: ArrayBuffer | Uint8Array
}
export type DocumentFontLoader = () => Promise<DocumentFontFiles>

async function download(url: string): Promise<ArrayBuffer> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`could not load the document font ${url}: HTTP ${response.status}`)
  return response.arrayBuffer()
}

let loading: Promise<DocumentFontFiles> | null = null

/** Fetches both fonts once per page load (a failed fetch is retried next time). */
export const fetchDocumentFonts: DocumentFontLoader = () => {
  loading ??= Promise.all([download(regularUrl), download(boldUrl)]).then(
    ([regular, bold]) => ({ regular, bold }),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}
