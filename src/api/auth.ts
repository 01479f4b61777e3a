import { api } from './client'
import type { AuthResponse, DemoPersona, LoginRequest, RegisterRequest, SessionUser } from './types'

export const authApi = {
  login: (body: LoginRequest) => api.post<AuthResponse>('/auth/login', body),
  register: (body: RegisterRequest) => api.post<AuthResponse>('/auth/register', body),
  logout: () => api.post<void>('/auth/logout'),
  session: () => api.get<SessionUser>('/auth/session'),
  /** Only the mock backend has demo personas; a real backend answers 404 and the list hides. */
  demoPersonas: () => api.get<DemoPersona[]>('/demo/personas'),
}
