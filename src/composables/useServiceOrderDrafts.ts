// The order forms' drafts: what a user has chosen and typed in "Order cloud server" and "Order
// dedicated server", saved per user as saved UI state (it survives a reload and another browser).
// Placing the order clears it; "Panel settings → User settings → Reset" returns both forms to
// these defaults. Numbers are kept as typed (a half-typed "1" of "16" included).
import type { BillingPeriodMonths, DiskType, ImageId, RegionId } from '@/api/types'
import { defineSavedUiState } from './savedUiState'

export interface CloudServerDraft {
  name: string
  region: RegionId
  vcpu: number | string
  ramGb: number | string
  diskType: DiskType
  diskGb: number | string
  image: ImageId
}

export interface DedicatedServerDraft {
  name: string
  location: RegionId
  /** '' until a configuration is chosen. */
  modelId: string
  periodMonths: BillingPeriodMonths
  os: ImageId
}

export const useCloudServerDraft = defineSavedUiState<CloudServerDraft>({
  key: 'services.cloudOrder.draft',
  kind: 'draft',
  defaults: () => ({ name: '', region: 'spb', vcpu: 2, ramGb: 4, diskType: 'ssd', diskGb: 40, image: 'ubuntu-24.04' }),
})

export const useDedicatedServerDraft = defineSavedUiState<DedicatedServerDraft>({
  key: 'services.dedicatedOrder.draft',
  kind: 'draft',
  defaults: () => ({ name: '', location: 'spb', modelId: '', periodMonths: 1, os: 'ubuntu-24.04' }),
})
