"use client";

import { createContext, useContext } from "react";
import type { PublicTarget } from "@/lib/chain/targets";

const TargetContext = createContext<PublicTarget | null>(null);

export const TargetProvider = TargetContext.Provider;

/** The staking target (chain, RPCs, addresses) the server resolved for this request. */
export function useTarget(): PublicTarget {
  const t = useContext(TargetContext);
  if (!t) throw new Error("useTarget() outside the staking layout");
  return t;
}
