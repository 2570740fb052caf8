/**
 * Full validation of the staking backend's answers, on the server: the proxy checks every 2xx body
 * (parsed losslessly by forward.ts) against the endpoint's zod schema (EIP-55 checksums included,
 * which cost a keccak per address) before the browser sees it. The browser parses again with the
 * same schemas but receives addresses in lower case (see components/dapp/data/useBackendClient.ts),
 * which skips the checksum work on the main thread.
 */
import type { z } from "zod";
import {
  contributionContractResponseSchema,
  contributionContractsResponseSchema,
  dailyRewardsResponseSchema,
  exitSignatureResponseSchema,
  infoResponseSchema,
  nodesBlsResponseSchema,
  nodesResponseSchema,
  registrationsResponseSchema,
  rewardsInfoResponseSchema,
  rewardsSignatureResponseSchema,
  stakesResponseSchema,
} from "@/lib/backend/schemas";

const RULES: [RegExp, z.ZodType, string][] = [
  [/^info$/, infoResponseSchema, "the network status"],
  [/^nodes$/, nodesResponseSchema, "the node list"],
  [/^nodes\/bls$/, nodesBlsResponseSchema, "the registered BLS keys"],
  [/^(stakes|nodes)\/0x/, stakesResponseSchema, "the stakes"],
  [/^daily-rewards\//, dailyRewardsResponseSchema, "the daily rewards"],
  [/^(exit|liquidation)\//, exitSignatureResponseSchema, "the exit signature"],
  [/^registrations\//, registrationsResponseSchema, "the registrations"],
  [/^contract\/contribution$/, contributionContractsResponseSchema, "the open nodes"],
  [/^contract\/contribution\//, contributionContractResponseSchema, "the contribution contract"],
];

/** null when the body is valid (or the path has no schema), else a sentence for the user. */
export function invalidBackendAnswer(method: string, path: string, body: unknown): string | null {
  const rule: [z.ZodType, string] | undefined = path.startsWith("rewards/")
    ? method === "POST"
      ? [rewardsSignatureResponseSchema, "a rewards claim signature"]
      : [rewardsInfoResponseSchema, "the rewards"]
    : RULES.find(([re]) => re.test(path))?.slice(1) as [z.ZodType, string] | undefined;
  if (!rule) return null;
  const parsed = rule[0].safeParse(body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `The staking backend sent ${rule[1]} in an unexpected shape (${issue ? `${issue.path.join(".") || "response"}: ${issue.message}` : "unknown field"}).`;
}
