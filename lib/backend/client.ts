/**
 * Client for the Session staking backend API (spec §5), the same on the devnet simulator, testnet
 * and mainnet. Every method returns the whole response parsed by its schema (so `network` and `t`
 * come along, amounts as exact bigints) or throws a BackendApiError with a sentence a user can read.
 * The body is read as text and parsed losslessly (json.ts): JSON.parse would round amounts above
 * 2^53 before the schema could see them. Errors are judged by status, whatever the body says.
 */
import type { z } from "zod";
import { isDeadlineError, withDeadline } from "@/lib/async/deadline";
import { readTextWithin } from "@/lib/http/read-within";
import { BackendApiError, sentenceForStatus } from "./errors";
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

export { BackendApiError };

type FetchLike = (input: string, init?: { method?: string; headers?: Record<string, string>; redirect?: "manual"; signal?: AbortSignal }) => Promise<Response>;

/**
 * How long one request may take, body included, before it is aborted. Reads are small and the
 * pages show a message instead of waiting; the claim signature is gathered from the network's
 * nodes first, so it gets longer. Our /api/backend proxy gives up on the backend sooner (forward.ts),
 * so in the browser its own 504 sentence arrives before this deadline.
 */
export const BACKEND_READ_TIMEOUT_MS = 10_000;
export const BACKEND_SIGNATURE_TIMEOUT_MS = 20_000;

/**
 * The largest answer read, in bytes: mainnet's node list (the largest answer, 2,000 nodes) is about
 * 2.5 MB. Reading stops past it and the request is aborted, so a broken or hostile backend cannot
 * make the server (or a browser) hold an endless body.
 */
export const BACKEND_MAX_ANSWER_BYTES = 8 * 1024 * 1024;

/** Per call: the caller's cancellation (TanStack Query passes one to every query). */
export type CallOptions = { signal?: AbortSignal };

const ADDRESS_RE = /^0x[0-9a-fA-F]{40}$/;
const ED25519_RE = /^[0-9a-fA-F]{64}$/;

function requireAddress(address: string): string {
  if (!ADDRESS_RE.test(address)) throw new BackendApiError(`"${address}" is not a valid wallet address.`);
  return address;
}

function requireEd25519(key: string): string {
  if (!ED25519_RE.test(key)) throw new BackendApiError(`"${key}" is not a valid node key (64 hex characters).`);
  return key.toLowerCase();
}

/**
 * The sentence for a non-2xx answer. Only our own proxy's errors carry a useful body (`{ error }`
 * without `upstream_status`, e.g. "the backend sent an unexpected shape"); it is appended then.
 */
function errorFor(response: Response, text: string, what: string, notFound?: string): BackendApiError {
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
  return new BackendApiError(detail ? `${sentence} (${detail})` : sentence, response.status);
}

type RequestOptions = CallOptions & { method?: "GET" | "POST"; notFound?: string };

class AnswerTooLarge extends Error {}

export function createBackendClient(baseUrl: string, fetchImpl: FetchLike = fetch, clientOptions: { timeoutMs?: number; maxAnswerBytes?: number } = {}) {
  const base = baseUrl.replace(/\/+$/, "");

  async function request<S extends z.ZodType>(path: string, schema: S, what: string, options: RequestOptions = {}): Promise<z.infer<S>> {
    const method = options.method ?? "GET";
    const timeoutMs = clientOptions.timeoutMs ?? (method === "POST" ? BACKEND_SIGNATURE_TIMEOUT_MS : BACKEND_READ_TIMEOUT_MS);
    const limit = clientOptions.maxAnswerBytes ?? BACKEND_MAX_ANSWER_BYTES;
    let response: Response;
    let text: string;
    try {
      // the body is read under the same deadline: a backend that stalls mid-answer is cut off too
      [response, text] = await withDeadline(
        timeoutMs,
        async (signal) => {
          // a redirect is never followed: the backend is one configured origin, not wherever it points
          const r = await fetchImpl(`${base}${path}`, { method, headers: { accept: "application/json" }, redirect: "manual", signal });
          const body = await readTextWithin(r, limit);
          if (body === null) throw new AnswerTooLarge();
          return [r, body] as const;
        },
        { signal: options.signal },
      );
    } catch (e) {
      // the caller cancelled (e.g. the query is no longer needed): not an error to show
      if (options.signal?.aborted) throw e;
      if (e instanceof AnswerTooLarge) throw new BackendApiError(`The staking backend sent more than ${limit / 1024 / 1024} MiB for ${what}; the answer was not read.`);
      if (isDeadlineError(e)) throw new BackendApiError(`The staking backend did not answer within ${timeoutMs / 1000} s while loading ${what}; try again in a moment.`);
      throw new BackendApiError(`Could not reach the staking backend to load ${what}.`);
    }
    // "manual": a redirect arrives as a 3xx (Node) or an opaque answer with status 0 (browsers)
    if (response.type === "opaqueredirect" || (response.status >= 300 && response.status < 400) || response.status === 0) {
      throw new BackendApiError(`The staking backend answered ${what} with a redirect, which is not followed.`, response.status);
    }
    if (!response.ok) throw errorFor(response, text, what, options.notFound);
    let body: unknown;
    try {
      body = parseBackendJson(text);
    } catch {
      throw new BackendApiError(`The staking backend sent an unreadable answer for ${what}.`, response.status);
    }
    const parsed = schema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue ? `${issue.path.join(".") || "response"}: ${issue.message}` : "unknown field";
      throw new BackendApiError(`The staking backend sent ${what} in an unexpected shape (${where}).`, response.status);
    }
    return parsed.data;
  }

  return {
    getInfo: async (o?: CallOptions) => request("/info", infoResponseSchema, "the network status", o),
    getNodes: async (o?: CallOptions) => request("/nodes", nodesResponseSchema, "the node list", o),
    getNodesBls: async (o?: CallOptions) => request("/nodes/bls", nodesBlsResponseSchema, "the registered BLS keys", o),
    getStakes: async (address: string, o?: CallOptions) =>
      request(`/stakes/${requireAddress(address)}`, stakesResponseSchema, "your stakes", o),
    getRewards: async (address: string, o?: CallOptions) =>
      request(`/rewards/${requireAddress(address)}`, rewardsInfoResponseSchema, "your rewards", o),
    getRewardsSignature: async (address: string, o?: CallOptions) =>
      request(`/rewards/${requireAddress(address)}`, rewardsSignatureResponseSchema, "a rewards claim signature", {
        ...o,
        method: "POST",
        notFound: "The network has no rewards to sign for this address yet.",
      }),
    getDailyRewards: async (address: string, o?: CallOptions) =>
      request(`/daily-rewards/${requireAddress(address)}`, dailyRewardsResponseSchema, "your daily rewards", o),
    getExit: async (ed25519Hex: string, o?: CallOptions) =>
      request(`/exit/${requireEd25519(ed25519Hex)}`, exitSignatureResponseSchema, "the node's exit signature", {
        ...o,
        notFound: "The network has not made this node's exit signature available yet (it offers one once the node may leave).",
      }),
    getLiquidation: async (ed25519Hex: string, o?: CallOptions) =>
      request(`/liquidation/${requireEd25519(ed25519Hex)}`, exitSignatureResponseSchema, "the node's liquidation signature", {
        ...o,
        notFound: "The network has not made this node's liquidation signature available yet.",
      }),
    getRegistrations: async (operatorOrEd25519: string, o?: CallOptions) =>
      request(
        `/registrations/${ADDRESS_RE.test(operatorOrEd25519) ? operatorOrEd25519 : requireEd25519(operatorOrEd25519)}`,
        registrationsResponseSchema,
        "the prepared node registrations",
        o,
      ),
    getContributionContracts: async (o?: CallOptions) =>
      request("/contract/contribution", contributionContractsResponseSchema, "the open nodes", o),
    getContributionContract: async (ed25519Hex: string, o?: CallOptions) =>
      request(
        `/contract/contribution/${requireEd25519(ed25519Hex)}`,
        contributionContractResponseSchema,
        "the node's contribution contract",
        o,
      ),
  };
}

export type BackendClient = ReturnType<typeof createBackendClient>;
