/**
 * What the browser of a target may connect to and frame, computed per request from the target the
 * server runs (lib/chain/targets.ts; on the devnet, its state file): the target's RPCs, and the
 * WalletConnect relay and its verify frame only when a project id enables it. The staking backend is not
 * listed: the browser reaches it through our own /api/backend. ENS is read on the server, and no
 * other target's hosts are ever listed (no 127.0.0.1 in an Arbitrum target, no Arbitrum RPC on the devnet).
 */
import type { PublicTarget } from "@/lib/chain/targets";

/** SessionTV embeds, loaded only after a click (components/mdx/VideoEmbed). */
const VIDEO_FRAMES = ["https://www.youtube-nocookie.com", "https://odysee.com"] as const;

const WALLETCONNECT_CONNECT = [
  "https://*.walletconnect.com",
  "wss://*.walletconnect.com",
  "https://*.walletconnect.org",
  "wss://*.walletconnect.org",
  "https://*.reown.com",
  "wss://*.reown.com",
  "https://*.web3modal.org",
] as const;
const WALLETCONNECT_FRAMES = ["https://verify.walletconnect.com", "https://verify.walletconnect.org"] as const;

export type BrowserSources = { connect: string[]; frame: string[] };

/** `target` null: the dApp shows its configuration error and talks to nothing. */
export function browserSourcesFor(target: PublicTarget | null): BrowserSources {
  const connect = new Set<string>();
  const frame = new Set<string>(VIDEO_FRAMES);
  for (const url of target?.rpcUrls ?? []) {
    try {
      connect.add(new URL(url).origin);
    } catch {
      // targets.ts validated every URL; nothing to allow for one that does not parse
    }
  }
  if (target?.walletConnectProjectId) {
    for (const s of WALLETCONNECT_CONNECT) connect.add(s);
    for (const s of WALLETCONNECT_FRAMES) frame.add(s);
  }
  return { connect: [...connect], frame: [...frame] };
}
