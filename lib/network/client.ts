/**
 * Client for the Session staking backend API (spec §5), the same on the devnet simulator, testnet
 * and mainnet. Every method returns the whole response parsed by its schema (so `network` and `t`
 * come along, bigint fields as bigint) or throws a NetworkApiError with a sentence a user can read.
 */
import type { z } from "zod";
import {
  contributionContractResponseSchema,
  contributionContractsResponseSchema,
  dailyRewardsResponseSchema,
  errorResponseSchema,
  exitSignatureResponseSchema,
  infoResponseSchema,
  nodesBlsResponseSchema,
  nodesResponseSchema,
  registrationsResponseSchema,
  rewardsInfoResponseSchema,
  rewardsSignatureResponseSchema,
  stakesResponseSchema,
} from "./schemas";

export class NetworkApiError extends Error {
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = "NetworkApiError";
    this.status = status;
  }
}

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

function sentenceForStatus(status: number, what: string): string {
  switch (status) {
    case 400:
      return `The network API rejected the request for ${what} as malformed.`;
    case 404:
      return `The network has nothing for ${what} yet.`;
    case 408:
    case 504:
      return `The network did not answer in time for ${what}; try again in a minute.`;
    default:
      return `The network API failed (HTTP ${status}) while loading ${what}.`;
  }
}

export function createNetworkClient(baseUrl: string, fetchImpl: FetchLike = fetch) {
  const base = baseUrl.replace(/\/+$/, "");

  async function request<S extends z.ZodType>(path: string, schema: S, what: string, method = "GET"): Promise<z.infer<S>> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, { method, headers: { accept: "application/json" } });
    } catch {
      throw new NetworkApiError(`Could not reach the network API to load ${what}.`);
    }
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new NetworkApiError(`The network API sent an unreadable answer for ${what}.`, response.status);
    }
    if (!response.ok) {
      const detail = errorResponseSchema.safeParse(body);
      const sentence = sentenceForStatus(response.status, what);
      throw new NetworkApiError(detail.success ? `${sentence} (${detail.data.error})` : sentence, response.status);
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
      request(`/rewards/${requireAddress(address)}`, rewardsSignatureResponseSchema, "a rewards claim signature", "POST"),
    getDailyRewards: async (address: string) =>
      request(`/daily-rewards/${requireAddress(address)}`, dailyRewardsResponseSchema, "your daily rewards"),
    getExit: async (ed25519Hex: string) =>
      request(`/exit/${requireEd25519(ed25519Hex)}`, exitSignatureResponseSchema, "the node's exit signature"),
    getLiquidation: async (ed25519Hex: string) =>
      request(`/liquidation/${requireEd25519(ed25519Hex)}`, exitSignatureResponseSchema, "the node's liquidation signature"),
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
