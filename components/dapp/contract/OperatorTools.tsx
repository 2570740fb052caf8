"use client";

import { useState } from "react";
import type { Address } from "viem";
import type { ContributionChainState } from "@/lib/contracts/reads/chain-snapshot";
import { formatSesh } from "@/lib/staking/amounts";
import { operatorActions } from "@/lib/staking/manage-contribution";
import { ActionButton as Button } from "../ui/ActionButton";
import { useTarget } from "../providers/TargetContext";
import type { TxFlowControls } from "../tx/useTxFlow";
import { AddressLink } from "../ui/AddressLink";

/** The operator's tools on its contribution contract: activate a full manual node, reset (refunding everyone). */
export function OperatorTools({ contract, wallet, tx }: { contract: ContributionChainState; wallet: Address; tx: TxFlowControls }) {
  const target = useTarget();
  const [confirmReset, setConfirmReset] = useState(false);
  const actions = operatorActions(contract, wallet);
  if (!actions || (!actions.finalize && !actions.reset)) return null;
  const act = async (action: "finalize" | "reset") => {
    const { operatorFlow } = await import("@/lib/flows/operator");
    await tx.run(operatorFlow(target, { kind: "wallet", wallet }, { contract: contract.address, action }));
  };
  const finalize = () => act("finalize");
  const reset = () => {
    setConfirmReset(false);
    return act("reset");
  };

  const refunded = actions.refunds.filter((r) => r.amount > 0n);
  return (
    <section aria-labelledby="operator-heading" className="space-y-4 rounded-2xl border border-line p-4" data-testid="operator-tools">
      <h2 id="operator-heading" className="text-xl font-bold">
        Operator tools
      </h2>
      {actions.finalize ? (
        <div className="space-y-2">
          <p className="text-sm">The node is fully staked. Activating it registers it with the Session Network (you pay the gas).</p>
          <Button onClick={finalize} data-testid="finalize-button">
            Activate the node
          </Button>
        </div>
      ) : null}
      {actions.reset ? (
        <div className="space-y-2">
          {confirmReset ? (
            <div role="alertdialog" aria-labelledby="reset-confirm-title" className="space-y-3 rounded-xl border border-red-500/40 bg-red-500/5 p-3" data-testid="reset-confirm">
              <p id="reset-confirm-title" className="font-semibold">
                Reset this node?
              </p>
              {refunded.length > 0 ? (
                <>
                  <p className="text-sm">Every contributor is refunded in full, in the same transaction:</p>
                  <ul className="space-y-1 text-sm">
                    {refunded.map((r) => (
                      <li key={r.address} className="flex flex-wrap items-center gap-2">
                        <AddressLink explorerUrl={target.explorerUrl} address={r.address} /> <span className="tabular-nums">{formatSesh(r.amount)} SESH</span>
                      </li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="text-sm">Nobody has contributed yet.</p>
              )}
              <p className="text-sm">The reservations are cleared and the node waits for your contribution again; its keys and fee stay.</p>
              <div className="flex flex-wrap gap-2">
                <Button onClick={reset} data-testid="reset-confirm-button">
                  Refund everyone and reset
                </Button>
                <Button variant="secondary" onClick={() => setConfirmReset(false)}>
                  Keep the node
                </Button>
              </div>
            </div>
          ) : (
            <Button variant="secondary" onClick={() => setConfirmReset(true)} data-testid="reset-button">
              Reset the node…
            </Button>
          )}
        </div>
      ) : null}
    </section>
  );
}
