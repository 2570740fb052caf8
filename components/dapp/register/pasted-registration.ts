/**
 * A registration the operator pasted (or corrected by hand), kept in sessionStorage by its Ed25519
 * key so /register/<key> finds it after the navigation and after a reload.
 */
import type { NodeKeys } from "@/lib/staking/register";

const KEY = (ed25519: string) => `session-staking:registration:${ed25519.toLowerCase()}`;

export function rememberRegistration(keys: NodeKeys): void {
  try {
    sessionStorage.setItem(KEY(keys.pubkey_ed25519), JSON.stringify(keys));
  } catch {
    /* storage disabled: the registration page asks for the keys again */
  }
}

export function recallRegistration(ed25519: string): NodeKeys | null {
  try {
    const raw = sessionStorage.getItem(KEY(ed25519));
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<NodeKeys>;
    return typeof v.pubkey_bls === "string" && typeof v.sig_bls === "string" && typeof v.pubkey_ed25519 === "string" && typeof v.sig_ed25519 === "string" ? (v as NodeKeys) : null;
  } catch {
    return null;
  }
}
