"use client";

import { lazy, Suspense } from "react";
import type { ExitControlsProps } from "./ExitControls";

const ExitControls = lazy(() => import("./ExitControls").then((m) => ({ default: m.ExitControls })));

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * A node's exit actions (./ExitControls.tsx) for the wallet when it staked in the node (the
 * network's record, or the chain's). Everyone else gets nothing, and no exit code: the controls,
 * their transaction hook and dialogs load on demand, out of the page's first load.
 */
export function NodeExitActions(props: ExitControlsProps) {
  const staker = props.stake.contributors.some((c) => same(c.address, props.wallet)) || (props.chainNode?.contributors.some((c) => same(c.address, props.wallet)) ?? false);
  if (!staker) return null;
  return (
    <Suspense fallback={null}>
      <ExitControls {...props} />
    </Suspense>
  );
}
