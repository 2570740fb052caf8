/**
 * Block explorer links (Arbiscan on Arbitrum; none on the devnet), the one builder for the dApp and
 * the marketing pages (so no viem here: marketing code may not import wallet libraries). A link is
 * made only for a well-formed address or transaction hash, so every explorer link names the exact
 * thing it points to, never the explorer's home page or a search for garbage; null otherwise.
 */
const ADDRESS = /^0x[0-9a-fA-F]{40}$/;
const TX_HASH = /^0x[0-9a-fA-F]{64}$/;

function base(explorerUrl: string | null): string | null {
  if (!explorerUrl || !/^https?:\/\/[^/?#\s]+/.test(explorerUrl)) return null;
  return explorerUrl.replace(/\/+$/, "");
}

export function explorerAddressUrl(explorerUrl: string | null, address: string): string | null {
  const b = base(explorerUrl);
  return b && ADDRESS.test(address) ? `${b}/address/${address}` : null;
}

export function explorerTxUrl(explorerUrl: string | null, hash: string): string | null {
  const b = base(explorerUrl);
  return b && TX_HASH.test(hash) ? `${b}/tx/${hash.toLowerCase()}` : null;
}
