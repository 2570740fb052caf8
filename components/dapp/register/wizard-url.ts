/**
 * The registration wizard's state, kept in the URL so a reload (or a wallet app switch on a phone)
 * resumes where it stopped: the mode, the multi-contributor settings as typed, and the contract
 * once the factory created it. The rewards address is never read from or written to the URL: a
 * link must not be able to send a staker's rewards elsewhere. The contract it names is only a
 * claim, checked on chain before anything is staked (lib/staking/register's wizardContractVerdict).
 */
import type { Address } from "viem";

export type WizardMode = "solo" | "multi";

export type WizardState = {
  mode: WizardMode | null;
  stake: string;
  fee: string;
  reserved: { address: string; amount: string }[];
  /** auto-activate when full (manualFinalize = false) */
  auto: boolean;
  /** typed on this page only, never taken from the URL */
  rewards: string;
  /** the contribution contract the factory created for this node */
  contract: Address | null;
};

export const EMPTY_WIZARD: WizardState = { mode: null, stake: "", fee: "", reserved: [], auto: true, rewards: "", contract: null };

type Params = { get(name: string): string | null };

export function readWizard(params: Params): WizardState {
  const mode = params.get("mode");
  const contract = params.get("contract");
  return {
    mode: mode === "solo" || mode === "multi" ? mode : null,
    stake: params.get("stake") ?? "",
    fee: params.get("fee") ?? "",
    reserved: (params.get("reserved") ?? "")
      .split(",")
      .filter(Boolean)
      .map((slot) => {
        const [address = "", amount = ""] = slot.split("~");
        return { address, amount };
      }),
    auto: params.get("auto") !== "0",
    rewards: "",
    contract: contract && /^0x[0-9a-fA-F]{40}$/.test(contract) ? (contract as Address) : null,
  };
}

/** The query string for a state (defaults left out). */
export function writeWizard(s: WizardState): string {
  const p = new URLSearchParams();
  if (s.mode) p.set("mode", s.mode);
  if (s.stake) p.set("stake", s.stake);
  if (s.fee) p.set("fee", s.fee);
  if (s.reserved.length) p.set("reserved", s.reserved.map((r) => `${r.address.replace(/[~,]/g, "")}~${r.amount.replace(/[~,]/g, "")}`).join(","));
  if (!s.auto) p.set("auto", "0");
  if (s.contract) p.set("contract", s.contract);
  const q = p.toString();
  return q ? `?${q}` : "";
}
