// The Profile tab's data: the client data the API lets this user see, its version (ETag) and the
// pending changes. Saving sends only what changed, with the version it was based on.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { profileApi } from '@/api/profile'
import type { Profile, ProfileFieldName, ProfileOriginals, ProfilePendingChange, ProfileSaveResult, ProfileValues } from '@/api/types'
import { profileLayout, profileVariant, visibleLayout } from '@/validation/schemas'
import { joinEarly, startEarly } from './earlyRequests'
import { useSessionStore } from './session'

const PROFILE = 'profile'

/** From the router: the profile starts loading with the tab's code; load joins the request. */
export function prefetchProfile(): void {
  startEarly(PROFILE, () => profileApi.get())
}

export const useProfileStore = defineStore('profile', () => {
  const profile = ref<Profile | null>(null)
  const etag = ref('')
  const loading = ref(false)
  const loadError = ref<unknown>(null)
  /** Whose data this is: another login must never see it, even for a moment. */
  const ownerId = ref<string | null>(null)

  const variant = computed(() => (profile.value ? profileVariant(profile.value.accountType, profile.value.residency) : null))
  /** The matrix's groups and blocks, as this role sees them. */
  const layout = computed(() => {
    const p = profile.value
    return p ? visibleLayout(profileLayout(p.accountType, p.residency), p.role, p.accountType) : null
  })
  const pendingByField = computed(() => new Map<ProfileFieldName, ProfilePendingChange>((profile.value?.pending ?? []).map((change) => [change.field, change])))

  async function load() {
    const userId = useSessionStore().user?.id ?? null
    if (ownerId.value !== userId) forget()
    ownerId.value = userId
    loading.value = true
    loadError.value = null
    try {
      const { data, etag: version } = await joinEarly(PROFILE, () => profileApi.get())
      profile.value = data
      etag.value = version
    } catch (error) {
      loadError.value = error
    } finally {
      loading.value = false
    }
  }

  /** Saves the changed fields; throws ApiError (422 field errors, 412 stale, 403…) for the form to show. */
  async function save(values: ProfileValues): Promise<ProfileSaveResult> {
    const { data, etag: version } = await profileApi.update(values, etag.value)
    profile.value = data.profile
    etag.value = version
    return data
  }

  async function saveOriginals(originals: ProfileOriginals) {
    const saved = await profileApi.saveOriginals(originals)
    if (profile.value) profile.value = { ...profile.value, originals: saved }
    return saved
  }

  /** Another user logged in: nothing of the previous one stays on screen. */
  function forget() {
    profile.value = null
    etag.value = ''
    loadError.value = null
    ownerId.value = null
  }

  return { profile, etag, loading, loadError, variant, layout, pendingByField, load, save, saveOriginals, forget }
})
