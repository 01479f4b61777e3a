import { api } from './client'
import type { AuthResponse, DemoPersona, LoginRequest, LoginResponse, RegisterRequest, SessionUser, TwoFactorLogin } from './types'

export const authApi = {
  /** An AuthResponse, or a TwoFactorChallenge when the user has two-step authentication on. */
  login: (body: LoginRequest) => api.post<LoginResponse>('/auth/login', body),
  loginTwoFactor: (body: TwoFactorLogin) => api.post<AuthResponse>('/auth/login/two-factor', body),
  register: (body: RegisterRequest) => api.post<AuthResponse>('/auth/register', body),
  logout: () => api.post<void>('/auth/logout'),
  session: () => api.get<SessionUser>('/auth/session'),
  /** Only the mock backend has demo personas; a real backend answers 404 and the list hides. */
  demoPersonas: () => api.get<DemoPersona[]>('/demo/personas'),
}
