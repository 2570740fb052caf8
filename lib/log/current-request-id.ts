/** The request id of the request being served (proxy.ts set it), or undefined outside a request. */
import "server-only";
import { headers } from "next/headers";
import { REQUEST_ID_HEADER } from "./request-id";

export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined;
  }
}
