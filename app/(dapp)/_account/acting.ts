/**
 * Who acts on a dApp page, decided on the server for the page's wallet (the account cookie): the
 * wallet itself, or a vesting contract it is the beneficiary of (spec Appendix B, C). The list
 * comes from the staking backend (`vesting` of GET /stakes/<wallet>) and each entry is checked on
 * chain in one multicall (lib/staking/vesting's vestingMismatch: beneficiary, token, rewards
 * contract, factory) before it may be chosen; a mismatch is listed with its reason, never used.
 * The browser's choice (the acting cookie, mirrored from localStorage by VestingSwitch) is taken
 * only for the wallet it names and only when the chain confirmed that contract. One read per
 * request (React cache), shared by the layout's switch and the page.
 */
import "server-only";
import { cache } from "react";
import { headers } from "next/headers";
import type { Address } from "viem";
import { loadServerTarget } from "@/lib/chain/server-target";
import type { ServerTarget } from "@/lib/chain/targets";
import { storedActingAs, storedWallet } from "@/lib/chain/wallet-cookie";
import { createBackendClient } from "@/lib/backend/client";
import { readVestingContracts, type VestingChainState } from "@/lib/contracts/reads/vesting";
import type { Actor } from "@/lib/flows/flow-target";
import { withDeadline } from "@/lib/async/deadline";
import { cachedBackendRead } from "@/lib/server-cache/backend-read";
import { cachedChainRead } from "@/lib/server-cache/chain-read";
import { PAGE_READ_BUDGET_MS } from "@/lib/server-cache/settings";
import { formatUtc } from "@/lib/staking/timing";
import { vestingBlocker, vestingMismatch, vestingPhase, type VestingPhase } from "@/lib/staking/vesting";
import { errorSentence } from "@/components/dapp/ui/States";

export type VestingChoice = {
  address: Address;
  /** the backend's initial amount (atomic) */
  initialAmount: bigint;
  /** the chain's facts; null when the address does not answer like a vesting contract */
  facts: VestingChainState | null;
  /** why it may not be used by this wallet, or null */
  mismatch: string | null;
  /** its phase at the chain's time of the read (devnet time may run ahead of the wall clock) */
  phase: VestingPhase | null;
  /** why nothing can be done through it now (revoked, not started), or null */
  blocker: string | null;
  /** the chain's time of the read, unix seconds */
  chainNow: number;
};

export type Acting = {
  wallet: Address | null;
  choices: VestingChoice[];
  /** the confirmed vesting contract the browser chose, or null (the wallet acts) */
  acting: VestingChoice | null;
  /** the flows' actor (null without a wallet) */
  actor: Actor | null;
  /** why the list could not be read (the wallet then acts as itself) */
  error: string | null;
};

async function vestingChoices(target: ServerTarget, wallet: Address): Promise<VestingChoice[]> {
  const api = createBackendClient(target.backendUrl);
  const stakes = await cachedBackendRead(target, `/stakes/${wallet.toLowerCase()}`, () => api.getStakes(wallet), { witnessed: (a) => a.network.l2_height });
  const rows = stakes.vesting;
  if (rows.length === 0) return [];
  const contracts = rows.map((r) => r.address);
  const { facts, chainNow } = await cachedChainRead(target.public, `vesting|${contracts.join(",").toLowerCase()}`, async (client) => {
    const [facts, block] = await Promise.all([readVestingContracts(client, { multicall3: target.public.contracts.multicall3, token: target.public.contracts.token, contracts }), client.getBlock({ blockTag: "latest" })]);
    return { facts, chainNow: Number(block.timestamp) };
  });
  return rows.map((r) => {
    const f = facts.find((x) => x.address.toLowerCase() === r.address.toLowerCase()) ?? null;
    const phase = f ? vestingPhase(f, chainNow) : null;
    return {
      phase,
      blocker: phase ? vestingBlocker(phase, formatUtc) : null,
      chainNow,
      address: r.address as Address,
      initialAmount: r.initial_amount,
      facts: f,
      mismatch: f ? vestingMismatch(f, wallet, target.public.contracts) : "This address does not answer like a vesting contract on chain.",
    };
  });
}

export async function actingFor(target: ServerTarget, cookieHeader: string | null): Promise<Acting> {
  const wallet = storedWallet(cookieHeader).account;
  if (!wallet) return { wallet: null, choices: [], acting: null, actor: null, error: null };
  let choices: VestingChoice[] = [];
  let error: string | null = null;
  try {
    choices = await withDeadline(PAGE_READ_BUDGET_MS, () => vestingChoices(target, wallet), { what: "The vesting contracts" });
  } catch (e) {
    error = errorSentence(e);
  }
  const chosen = storedActingAs(cookieHeader);
  const acting =
    chosen && chosen.wallet.toLowerCase() === wallet.toLowerCase() ? (choices.find((c) => c.mismatch === null && c.address.toLowerCase() === chosen.vesting.toLowerCase()) ?? null) : null;
  const actor: Actor = acting ? { kind: "vesting", wallet, vesting: acting.address } : { kind: "wallet", wallet };
  return { wallet, choices, acting, actor, error };
}

/** This request's Acting (null when the target is not configured): read once, shared by the layout and the page. */
export const requestActing = cache(async (): Promise<Acting | null> => {
  const loaded = await loadServerTarget();
  if (!loaded.ok) return null;
  return actingFor(loaded.target, (await headers()).get("cookie"));
});
