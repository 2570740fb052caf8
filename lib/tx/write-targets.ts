/**
 * The one rule for where a flow may send (DESIGN.md, "No address from a URL or a request is
 * trusted"): every call's target, every approval's token and every approval's spender is either a
 * configured contract of the target, or a contract the flow declares in `verify`, which the engine
 * checks on chain before the first step (a contribution contract: the configured factory owns it).
 * A target that is neither is a bug in the flow's builder: the engine refuses to run it.
 */
import type { Address } from "viem";
import type { FlowSpec } from "./types";

const lower = (a: string) => a.toLowerCase();

/** Every address the flow's steps would make the wallet send to, or let take its tokens. */
export function writeTargets(spec: Pick<FlowSpec, "steps">): Address[] {
  const out = spec.steps.flatMap((s): Address[] => (s.kind === "approve" ? [s.token, s.spender] : s.kind === "call" ? [s.call.address] : []));
  return out.filter((a, i) => out.findIndex((b) => lower(b) === lower(a)) === i);
}

/** The targets that are neither configured nor declared for an on-chain check: must be empty. */
export function unvouchedTargets(spec: Pick<FlowSpec, "steps" | "verify">, configured: readonly Address[]): Address[] {
  const vouched = new Set([...configured, ...(spec.verify ?? []).map((v) => v.address)].map(lower));
  return writeTargets(spec).filter((a) => !vouched.has(lower(a)));
}
