"use client";

import { useMemo } from "react";
import { createNetworkClient, type NetworkClient } from "@/lib/network/client";
import { useTarget } from "../providers/TargetContext";

/** The staking backend through our same-origin proxy (app/api/network). */
export function useNetworkClient(): NetworkClient {
  const target = useTarget();
  return useMemo(() => createNetworkClient(target.networkApiBasePath), [target.networkApiBasePath]);
}
