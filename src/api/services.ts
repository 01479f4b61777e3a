import { api } from './client'
import type { CloudServerOrder, DedicatedServerOrder, Service, ServiceCatalogue, ServiceDetails, ServiceList } from './types'

export const servicesApi = {
  list: () => api.get<ServiceList>('/services'),
  get: (id: string) => api.get<ServiceDetails>(`/services/${encodeURIComponent(id)}`),
  catalogue: () => api.get<ServiceCatalogue>('/services/catalogue'),
  /** `idempotencyKey`: one per submission, the same on a retry of it (the API then orders once). */
  orderCloud: (order: CloudServerOrder, idempotencyKey: string) => api.post<Service>('/services/cloud-servers', order, { headers: { 'Idempotency-Key': idempotencyKey } }),
  orderDedicated: (order: DedicatedServerOrder, idempotencyKey: string) => api.post<Service>('/services/dedicated-servers', order, { headers: { 'Idempotency-Key': idempotencyKey } }),
  stop: (id: string) => api.post<Service>(`/services/${encodeURIComponent(id)}/stop`),
  start: (id: string) => api.post<Service>(`/services/${encodeURIComponent(id)}/start`),
  remove: (id: string) => api.delete<void>(`/services/${encodeURIComponent(id)}`),
}
