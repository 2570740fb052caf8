"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useMemo, useState, useSyncExternalStore } from "react";
import type { Address } from "viem";
import { useAccount } from "wagmi";
import { registrationVerdict, validateRegistrationKeys, wizardContractVerdict, type NodeKeys } from "@/lib/staking/register";
import { useContributionContracts } from "../data/backend-queries";
import { useContractForKey, useRegistrationChecks, useRegistrations } from "../data/registration-queries";
import { useChainSnapshot } from "../data/useChainSnapshot";
import { useTarget } from "../providers/TargetContext";
import { TxNote } from "../tx/TxNote";
import { useTxFlow } from "../tx/useTxFlow";
import { RegistrationProgress } from "../ui/RegistrationProgress";
import { ErrorState, Loading } from "../ui/States";
import { KeyFields } from "./KeyFields";
import { MultiRegistration } from "./MultiRegistration";
import { recallRegistration, rememberRegistration } from "./pasted-registration";
import { RegistrationChecksPanel } from "./RegistrationChecksPanel";
import { SoloRegistration } from "./SoloRegistration";
import { readWizard, writeWizard, type WizardState } from "./wizard-url";

const EMPTY_KEYS = (ed25519: string): NodeKeys => ({ pubkey_ed25519: ed25519, pubkey_bls: "", sig_bls: "", sig_ed25519: "" });
const subscribeNever = () => () => {};

/** The vesting contract the page's wallet acts as (app/(dapp)/_account/acting.ts), with the wallet's other vesting contracts (never a rewards address). */
type WizardActing = { wallet: Address; vesting: Address; blocker: string | null; vestingContracts: Address[] };

/**
 * /register/<ed25519>: one node's registration. The keys come from the network's prepared
 * registration (or a pasted one), are checked field by field and then on the chain (proof of
 * possession for this wallet, keys free, no open contract); then solo or multi-contributor. The
 * wizard's state lives in the URL, so a reload resumes where it stopped.
 */
export function RegisterWizard({ ed25519, acting = null }: { ed25519: string; acting?: WizardActing | null }) {
  const target = useTarget();
  const { address, isConnected } = useAccount();
  // acting as a vesting contract (for the wallet the server rendered it for): the contract is the
  // operator, its proof of possession is over the contract's address, and it registers solo only
  const vesting = acting && address && acting.wallet.toLowerCase() === address.toLowerCase() ? acting : null;
  const operator = isConnected ? (vesting?.vesting ?? address) : undefined;
  const search = useSearchParams();
  // The URL is the wizard's memory across a reload; while the page lives, local state answers at
  // once (a controlled radio or field must not wait for the router to notice replaceState).
  const [local, setLocal] = useState<{ ed25519: string; state: WizardState } | null>(null);
  const state = local?.ed25519 === ed25519 ? local.state : readWizard(search);
  // sessionStorage exists only in the browser: read it after hydration, never on the server
  const isClient = useSyncExternalStore(subscribeNever, () => true, () => false);
  const pasted = useMemo(() => (isClient ? recallRegistration(ed25519) : null), [isClient, ed25519]);
  const prepared = useRegistrations(ed25519);
  const [edited, setEdited] = useState<NodeKeys | null>(null);
  const fromNetwork = prepared.data?.registrations[0];
  const keys: NodeKeys = edited ?? pasted ?? (fromNetwork ? { pubkey_ed25519: fromNetwork.pubkey_ed25519, pubkey_bls: fromNetwork.pubkey_bls, sig_bls: fromNetwork.sig_bls, sig_ed25519: fromNetwork.sig_ed25519 } : EMPTY_KEYS(ed25519));
  const validated = validateRegistrationKeys(keys);
  const checks = useRegistrationChecks(validated.ok ? validated.keys : null, operator);
  const forKey = useContractForKey(ed25519);
  const tx = useTxFlow();
  // detail: the factory's `owns` of the contract the URL names, checked before the operator stakes into it
  const snap = useChainSnapshot({ contracts: state.contract ? [state.contract] : [], nodeIds: [], account: operator, detail: true, ed25519Keys: [BigInt(`0x${ed25519}`)] });
  const soloDone = tx.state?.status === "done" && state.mode === "solo";
  const registeredId = snap.data?.keyIds[0]?.id ?? 0n;
  const network = useContributionContracts(undefined, () => soloDone && registeredId > 0n);
  const witnessedId = validated.ok ? network.data?.added_bls_keys[validated.keys.pubkey_bls] : undefined;

  const setState = (next: WizardState) => {
    setLocal({ ed25519, state: next });
    // the native history API: useSearchParams follows it without a server round trip
    window.history.replaceState(null, "", `${window.location.pathname}${writeWizard(next)}`);
  };
  const editKeys = (k: NodeKeys) => {
    setEdited(k);
    const v = validateRegistrationKeys(k);
    if (v.ok && v.keys.pubkey_ed25519 === ed25519) rememberRegistration(v.keys);
  };

  if (!isConnected || !operator) {
    return (
      <p className="rounded-2xl border border-line bg-card p-6 text-muted" data-testid="register-connect">
        Connect the operator&apos;s wallet (top right): the keys&apos; proof of possession is tied to it.
      </p>
    );
  }
  if (vesting?.blocker) {
    return (
      <p role="status" className="rounded-2xl border border-amber-500/50 bg-amber-500/5 p-6" data-testid="vesting-form-blocked">
        {vesting.blocker}
      </p>
    );
  }
  if (prepared.isLoading && !pasted) return <Loading label="Asking the network for this node's registration…" minHeight="min-h-40" />;
  if (snap.error && !snap.data) return <ErrorState title="The chain could not be read." error={snap.error} />;

  const keysProblem = validated.ok ? null : "Correct the keys above first.";
  const verdict = validated.ok ? registrationVerdict(checks.data, forKey.data?.contract ?? null, state.contract) : { ok: false, reason: keysProblem };
  const blocked = keysProblem ?? (verdict.ok ? null : verdict.reason);
  const requirement = snap.data?.registry.stakingRequirement ?? null;
  const maxContributors = snap.data?.registry.maxContributors ?? null;
  const acct = snap.data?.account ?? null;
  const myContract = state.contract ? (snap.data?.contracts.find((c) => c.address.toLowerCase() === state.contract!.toLowerCase()) ?? null) : null;
  const contractVerdict = wizardContractVerdict(myContract ? { operator: myContract.operator, ed25519Pubkey: myContract.ed25519Pubkey, ownedByFactory: myContract.detail?.ownedByFactory ?? null } : null, snap.data !== undefined, { operator, ed25519Hex: ed25519 });
  // once this wizard's contract exists, the checks about an open contract no longer apply to it
  const showChecks = !(state.mode === "multi" && state.contract) && !soloDone;

  return (
    <div className="space-y-8">
      {!prepared.data?.registrations.length && !pasted ? (
        <p className="text-sm text-muted" data-testid="registration-not-prepared">
          The network has no prepared registration for this key: paste the keys your node printed below, or go back to <Link className="underline" href="/register">/register</Link>.
        </p>
      ) : null}
      <KeyFields keys={keys} issues={validated.ok ? {} : validated.issues} onChange={editKeys} disabled={Boolean(state.contract) || soloDone} />
      {showChecks && validated.ok ? <RegistrationChecksPanel verdict={verdict} checks={checks.data} openContract={forKey.data?.contract ?? null} ownContract={state.contract} checking={checks.isLoading} /> : null}
      {checks.error ? <ErrorState title="The keys could not be checked on the chain." error={checks.error} /> : null}

      {!state.contract && !soloDone ? (
        <fieldset className="flex flex-wrap gap-3" data-testid="register-mode">
          <legend className="mb-2 text-xl font-bold">How will the node be staked?</legend>
          {(vesting ? (["solo"] as const) : (["solo", "multi"] as const)).map((m) => (
            <label key={m} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-xl border border-line px-4">
              <input type="radio" name="mode" value={m} checked={state.mode === m} onChange={() => setState({ ...state, mode: m })} data-testid={`mode-${m}`} />
              {m === "solo" ? (vesting ? "Solo: the vesting contract stakes it all" : "Solo: I stake it all") : "With contributors"}
            </label>
          ))}
        </fieldset>
      ) : null}
      <TxNote tx={tx} />
      {requirement === null || maxContributors === null ? (
        state.mode ? <Loading label="Reading the staking requirement…" minHeight="min-h-24" /> : null
      ) : state.mode === "solo" && validated.ok ? (
        soloDone ? (
          <RegistrationProgress chainName={target.chainName} registeredId={registeredId} witnessedId={witnessedId} pendingText="Reading the registry…" />
        ) : (
          <SoloRegistration
            keys={validated.keys}
            operator={operator}
            vesting={vesting && address ? { actor: { kind: "vesting", wallet: address, vesting: vesting.vesting }, contracts: vesting.vestingContracts } : null}
            requirement={requirement}
            balance={acct?.balance ?? null}
            // a vesting contract holds no ETH: the wallet pays the fee
            ethBalance={vesting ? null : (acct?.ethBalance ?? null)}
            blocked={blocked}
            tx={tx}
          />
        )
      ) : state.mode === "multi" && validated.ok && !vesting ? (
        <MultiRegistration keys={validated.keys} operator={operator} requirement={requirement} maxContributors={maxContributors} balance={acct?.balance ?? null} state={state} onChange={setState} contract={myContract} contractVerdict={contractVerdict} blocked={state.contract ? null : blocked} tx={tx} />
      ) : null}
    </div>
  );
}
