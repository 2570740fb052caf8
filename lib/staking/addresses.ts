/**
 * How the forms check an address a user typed: an EIP-55 aware validity check (viem's isAddress,
 * injected so lib/staking stays free of I/O libraries) and the addresses that must never receive
 * funds or rewards (the Session contracts themselves).
 */
export type AddressRules = {
  isAddress: (text: string) => boolean;
  /** the Session contracts: rewards or a slot sent there would be lost */
  forbidden: readonly string[];
};

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** A rewards address typed by the user: empty is allowed here (= the staker itself). */
export function rewardsAddressIssue(text: string, rules: AddressRules): string | null {
  const t = text.trim();
  if (t === "") return null;
  if (!/^0x[0-9a-fA-F]{40}$/.test(t)) return "Enter a wallet address: 0x followed by 40 hex characters.";
  if (!rules.isAddress(t)) return "This address has a typo: its capital letters do not match its checksum.";
  if (/^0x0{40}$/.test(t)) return "The zero address cannot receive rewards.";
  if (rules.forbidden.some((f) => same(f, t))) return "That is a Session staking contract: rewards sent there would be lost. Enter your own wallet.";
  return null;
}
