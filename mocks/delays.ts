// Simulated "after a while" behaviour of the backend: support answers a ticket, the referral
// program approves a request. Nothing runs on a timer: a handler compares timestamps when it reads
// the data (e.g. answered once now >= asked + delay), so it works across reloads and tabs, and
// tests move the clock instead of waiting. QA can change the delays in localStorage:
//   ccp.mock.supportReplyDelay   = "0" | "1500"   (ms after the customer's message; default 4 s)
//   ccp.mock.referralReviewDelay = "0" | "60000"  (ms after the request; default 20 s)
// They are read on every request, so a change applies at once, also to what is already waiting.
import { qaDelay } from './network'

export const SUPPORT_REPLY_DELAY_MS = 4_000
export const REFERRAL_REVIEW_DELAY_MS = 20_000

export const supportReplyDelay = () => qaDelay('ccp.mock.supportReplyDelay', SUPPORT_REPLY_DELAY_MS)
export const referralReviewDelay = () => qaDelay('ccp.mock.referralReviewDelay', REFERRAL_REVIEW_DELAY_MS)
