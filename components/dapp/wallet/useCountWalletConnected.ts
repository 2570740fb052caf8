import { useAccountEffect } from "wagmi";
import { trackFunnelStep } from "@/lib/funnel/beacon";

/**
 * Counts the funnel's wallet_connected when the visitor connects a wallet. wagmi's automatic
 * reconnect on a later page load is not a new connection and is not counted. The address is never
 * sent: the event carries the step, the page path (addresses in it become [id]) and the last CTA.
 */
export function useCountWalletConnected(): void {
  useAccountEffect({
    onConnect({ isReconnected }) {
      if (!isReconnected) trackFunnelStep("wallet_connected");
    },
  });
}
