/** Explorer links (Arbiscan on Arbitrum; none on the devnet). */
export function explorerAddressUrl(explorerUrl: string | null, address: string): string | null {
  return explorerUrl ? `${explorerUrl}/address/${address}` : null;
}

export function explorerTxUrl(explorerUrl: string | null, hash: string): string | null {
  return explorerUrl ? `${explorerUrl}/tx/${hash}` : null;
}
