/**
 * One sentence for "the contracts are paused", whether a page sees it before a tap (the registry's
 * `paused()`) or a transaction reverts with EnforcedPause (lib/contracts/errors.ts).
 */
export const PAUSED_SENTENCE = "The Session staking contracts are paused right now: registrations, exits and reward updates resume when they do. Your funds are safe.";
