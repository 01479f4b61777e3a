// A page whose name is data (a knowledge-base article) names itself in the document title; every
// other page is named by its route's `meta.titleKey`. App.vue writes the title from both.
import { onBeforeUnmount, ref, watchEffect, type Ref } from 'vue'

const pageTitle = ref<string | null>(null)

/** The title a page set for itself, if any (read by App.vue). */
export const ownPageTitle: Readonly<Ref<string | null>> = pageTitle

/** While the calling component is mounted, `title` (once known) names the page. */
export function usePageTitle(title: Ref<string | null | undefined>): void {
  watchEffect(() => (pageTitle.value = title.value || null))
  onBeforeUnmount(() => (pageTitle.value = null))
}

/** "<page> — <app>", or the app's name alone for its home page (no "Control panel — Control panel"). */
export function documentTitle(page: string | null | undefined, app: string): string {
  return page && page !== app ? `${page} — ${app}` : app
}
