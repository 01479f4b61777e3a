// The GDPR block (non-resident Business accounts): the personal data archive and account deletion.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { profileApi } from '@/api/profile'
import type { AccountDeleteRequest, GdprArchive } from '@/api/types'
import { useSessionStore } from './session'

export const useGdprStore = defineStore('gdpr', () => {
  const archive = ref<GdprArchive | null>(null)
  const error = ref<unknown>(null)

  async function refresh() {
    error.value = null
    try {
      archive.value = await profileApi.archiveStatus()
    } catch (failure) {
      error.value = failure
    }
  }

  async function requestArchive() {
    error.value = null
    try {
      archive.value = await profileApi.requestArchive()
    } catch (failure) {
      error.value = failure
    }
  }

  /** The archive's JSON, pretty-printed, ready to save as a file. */
  async function archiveFile(): Promise<Blob> {
    const data = await profileApi.downloadArchive()
    return new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' })
  }

  /** Deletes the account; the session ends with it. Throws ApiError when refused. */
  async function deleteAccount(request: AccountDeleteRequest) {
    await profileApi.deleteAccount(request)
    archive.value = null
    useSessionStore().clear()
  }

  return { archive, error, refresh, requestArchive, archiveFile, deleteAccount }
})
