/**
 * The request id every server log line carries: the one nginx set (X-Request-Id, `$request_id`,
 * deploy/nginx), else a fresh one. proxy.ts puts it on the request for the app and on the response
 * for the client. Pure: no Next import (proxy.ts and the logger both use it).
 */
const WELL_FORMED = /^[A-Za-z0-9._-]{8,64}$/;

export const REQUEST_ID_HEADER = "x-request-id";

/** The incoming id when it looks like one (it ends up in logs: nothing else is trusted), else a new one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get(REQUEST_ID_HEADER);
  return given && WELL_FORMED.test(given) ? given : crypto.randomUUID();
}
