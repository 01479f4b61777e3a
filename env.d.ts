/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Base URL of the API; defaults to `/api/v1` (served by the mocks). */
  readonly VITE_API_BASE_URL?: string
  /** `false` turns the in-browser mock API off (use with VITE_API_BASE_URL). */
  readonly VITE_MOCKS?: string
}
interface ImportMeta {
  readonly env: ImportMetaEnv
}
