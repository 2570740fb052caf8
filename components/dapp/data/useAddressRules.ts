"use client";

import { useMemo } from "react";
import { isAddress } from "viem";
import type { AddressRules } from "@/lib/staking/addresses";
import { useTarget } from "../providers/TargetContext";

/** The address rules of every form: viem's EIP-55 check, and the target's Session contracts (plus `extra`) refused. */
export function useAddressRules(...extra: string[]): AddressRules {
  const target = useTarget();
  const key = extra.join(",");
  return useMemo(
    () => ({
      isAddress: (t: string) => isAddress(t, { strict: true }),
      forbidden: [target.contracts.rewards, target.contracts.factory, target.contracts.token, target.contracts.pool, ...(key ? key.split(",") : [])],
    }),
    [target.contracts, key],
  );
}
