// "Export": the whole mock state (with its seed version) as a JSON file.
import { downloadBlob } from '@/documents/download'
import { qaApi } from './api'

export async function exportDataFile(): Promise<void> {
  const data = await qaApi.exportData()
  const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')
  downloadBlob(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }), `ccp-mock-data-${stamp}.json`)
}
