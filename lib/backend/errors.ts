/**
 * What a failed staking-backend request means for a user, decided by the HTTP status alone: the
 * backend answers errors with Flask's default HTML pages (spec §5.5), so there is no body to read.
 * Shared by the client and our /api/backend proxy, so both say the same thing for the same status.
 */
export class BackendApiError extends Error {
  readonly status?: number;
  constructor(message: string, status?: number) {
    super(message);
    this.name = "BackendApiError";
    this.status = status;
  }
}

/**
 * `what` names the thing being loaded ("your rewards"); `notFound` replaces the generic 404
 * sentence where a 404 has a specific meaning (e.g. an exit signature not offered yet).
 */
export function sentenceForStatus(status: number, what: string, notFound?: string): string {
  if (status === 400) return `The staking backend refused the request for ${what} as malformed.`;
  if (status === 404) return notFound ?? `The network has nothing for ${what} yet.`;
  // 408: the backend's call to its Session node (oxend) timed out
  if (status === 408) return `The network did not answer in time for ${what}; try again in a minute.`;
  // 504: the network could not gather enough signatures (or our proxy gave up waiting)
  if (status === 504) return `The network could not produce ${what} in time; try again in a minute.`;
  if (status >= 500) return `The staking backend failed (HTTP ${status}) while loading ${what}; try again later.`;
  return `The staking backend refused the request for ${what} (HTTP ${status}).`;
}
