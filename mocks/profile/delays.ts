// How long the simulated backend takes for the profile's "after a while" steps. Nothing runs on a
// timer: the time something is due is stored, and readers compare it with the clock (see
// confirm.ts and the GDPR handlers). QA can change the delays in localStorage (milliseconds):
//   ccp.mock.profileConfirmDelay = "2000"   support confirms a profile change (default 30 s)
//   ccp.mock.gdprArchiveDelay    = "0"      the personal data archive is ready (default 3 s)
// Under Vitest the defaults apply; tests move the clock with vi.setSystemTime.
import { qaDelay } from '../network'

export const PROFILE_CONFIRM_DELAY_MS = 30_000
export const GDPR_ARCHIVE_DELAY_MS = 3_000

export const profileConfirmDelay = () => qaDelay('ccp.mock.profileConfirmDelay', PROFILE_CONFIRM_DELAY_MS)
export const gdprArchiveDelay = () => qaDelay('ccp.mock.gdprArchiveDelay', GDPR_ARCHIVE_DELAY_MS)
