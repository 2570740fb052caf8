/**
 * Client for the Session staking backend API (spec §5), the same on the devnet simulator, testnet
 * and mainnet. Every method returns the whole response parsed by its schema (so `network` and `t`
 * come along, amounts as exact bigints) or throws a NetworkApiError with a sentence a user can read.
 * The body is read as text and parsed losslessly (json.ts): JSON.parse would round amounts above
 * 2^53 before the schema could see them. Errors are judged by status, whatever the body says.
 */
import type { z } from "zod";
import { NetworkApiError, sentenceForStatus } from "./errors";
import { parseBackendJson } from "./json";
import {
  contributionContractResponseSchema,
  contributionContractsResponseSchema,
  dailyRewardsResponseSchema,
  exitSignatureResponseSchema,
  infoResponseSchema,
  nodesBlsResponseSchema,
  nodesResponseSchema,
  proxyErrorSchema,
  registrationsResponseSchema,
  rewardsInfoResponseSchema,
  rewardsSignatureResponseSchema,
  stakesResponseSchema,
} from "./schemas";

export { NetworkApiError };

type FetchLike = (input: string, init?: { method?: string; headers?: Record<string, string> }) => Promise<Response>;

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const ED25519_RE = /^[0-9a-fA-F]{64}$/;

function requireAddress(address: string): string {
  if (!ADDRESS_RE.test(address)) throw new NetworkApiError(`"${address}" is not a valid wallet address.`);
  return address;
}

function requireEd25519(key: string): string {
  if (!ED25519_RE.test(key)) throw new NetworkApiError(`"${key}" is not a valid node key (64 hex characters).`);
  return key.toLowerCase();
}

/**
 * The sentence for a non-2xx answer. Only our own proxy's errors carry a useful body (`{ error }`
 * without `upstream_status`, e.g. "the backend sent an unexpected shape"); it is appended then.
 */
function errorFor(response: Response, text: string, what: string, notFound?: string): NetworkApiError {
  const sentence = sentenceForStatus(response.status, what, notFound);
  let detail: string | null = null;
  if (/json/i.test(response.headers.get("content-type") ?? "")) {
    try {
      const body = proxyErrorSchema.safeParse(parseBackendJson(text));
      if (body.success && body.data.upstream_status === undefined) detail = body.data.error;
    } catch {
      // not JSON after all: the status says enough
    }
  }
  return new NetworkApiError(detail ? `${sentence} (${detail})` : sentence, response.status);
}

type RequestOptions = { method?: "GET" | "POST"; notFound?: string };

export function createNetworkClient(baseUrl: string, fetchImpl: FetchLike = fetch) {
  const base = baseUrl.replace(/\/+$/, "");

  async function request<S extends z.ZodType>(path: string, schema: S, what: string, options: RequestOptions = {}): Promise<z.infer<S>> {
    let response: Response;
    let text: string;
    try {
      response = await fetchImpl(`${base}${path}`, { method: options.method ?? "GET", headers: { accept: "application/json" } });
      text = await response.text();
    } catch {
      throw new NetworkApiError(`Could not reach the network API to load ${what}.`);
    }
    if (!response.ok) throw errorFor(response, text, what, options.notFound);
    let body: unknown;
    try {
      body = parseBackendJson(text);
    } catch {
      throw new NetworkApiError(`The network API sent an unreadable answer for ${what}.`, response.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join(".") || "response"}: ${issue.message}` : "unknown field";
      throw new NetworkApiError(`The network API sent ${what} in an unexpected shape (${where}).`, response.status);
    }
    return parsed.data;
  }

  return {
    getInfo: async () => request("/info", infoResponseSchema, "the network status"),
    getNodes: async () => request("/nodes", nodesResponseSchema, "the node list"),
    getNodesBls: async () => request("/nodes/bls", nodesBlsResponseSchema, "the registered BLS keys"),
    getStakes: async (address: string) =>
      request(`/stakes/${requireAddress(address)}`, stakesResponseSchema, "your stakes"),
    getRewards: async (address: string) =>
      request(`/rewards/${requireAddress(address)}`, rewardsInfoResponseSchema, "your rewards"),
    getRewardsSignature: async (address: string) =>
      request(`/rewards/${requireAddress(address)}`, rewardsSignatureResponseSchema, "a rewards claim signature", {
        method: "POST",
        notFound: "The network has no rewards to sign for this address yet.",
      }),
    getDailyRewards: async (address: string) =>
      request(`/daily-rewards/${requireAddress(address)}`, dailyRewardsResponseSchema, "your daily rewards"),
    getExit: async (ed25519Hex: string) =>
      request(`/exit/${requireEd25519(ed25519Hex)}`, exitSignatureResponseSchema, "the node's exit signature", {
        notFound: "The network has not made this node's exit signature available yet (it offers one once the node may leave).",
      }),
    getLiquidation: async (ed25519Hex: string) =>
      request(`/liquidation/${requireEd25519(ed25519Hex)}`, exitSignatureResponseSchema, "the node's liquidation signature", {
        notFound: "The network has not made this node's liquidation signature available yet.",
      }),
    getRegistrations: async (operatorOrEd25519: string) =>
      request(
        `/registrations/${ADDRESS_RE.test(operatorOrEd25519) ? operatorOrEd25519 : requireEd25519(operatorOrEd25519)}`,
        registrationsResponseSchema,
        "the prepared node registrations",
      ),
    getContributionContracts: async () =>
      request("/contract/contribution", contributionContractsResponseSchema, "the open nodes"),
    getContributionContract: async (ed25519Hex: string) =>
      request(
        `/contract/contribution/${requireEd25519(ed25519Hex)}`,
        contributionContractResponseSchema,
        "the node's contribution contract",
      ),
  };
}

export type NetworkClient = ReturnType<typeof createNetworkClient>;
