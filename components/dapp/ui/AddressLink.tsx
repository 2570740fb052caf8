import Link from "next/link";
import { getAddress } from "viem";
import { CopyButton } from "@/components/site/CopyButton";
import { explorerAddressUrl, explorerTxUrl } from "@/lib/explorer-links";
import { shortAddress, shortHex } from "./format";

/** EIP-55 form for display (backend answers may arrive lower-cased). */
function checksummed(address: string): string {
  try {
    return getAddress(address);
  } catch {
    return address;
  }
}

/**
 * An address: link to its /address page, copy button, and the chain explorer when the target has
 * one (`explorerUrl`, the target's). A server component where the page is one; the copy button is
 * its only island.
 */
export function AddressLink({ address: raw, full = false, label, explorerUrl }: { address: string; full?: boolean; label?: string; explorerUrl: string | null }) {
  const address = checksummed(raw);
  const explorer = explorerAddressUrl(explorerUrl, address);
  return (
    <span className="inline-flex flex-wrap items-center gap-1.5">
      {/* a full address is one 42-character word: it may break anywhere rather than widen a phone's page */}
      <Link href={`/address/${address}`} className={`font-mono text-sm text-accent-fg underline-offset-4 hover:underline ${full ? "break-all" : ""}`} title={address} prefetch={false}>
        {label ?? (full ? address : shortAddress(address))}
      </Link>
      <CopyButton value={address} label={`Copy address ${address}`} />
      {explorer ? (
        <a href={explorer} rel="noopener noreferrer" className="text-xs text-muted underline-offset-4 hover:underline">
          Arbiscan<span className="sr-only"> for {address}</span>
        </a>
      ) : null}
    </span>
  );
}

export function TxLink({ hash, explorerUrl }: { hash: string; explorerUrl: string | null }) {
  const url = explorerTxUrl(explorerUrl, hash);
  return url ? (
    <a href={url} rel="noopener noreferrer" title={hash} className="font-mono text-sm text-accent-fg underline-offset-4 hover:underline">
      {shortHex(hash, 6)}
      <span className="sr-only"> (transaction {hash} on Arbiscan)</span>
    </a>
  ) : (
    <span className="inline-flex items-center gap-1.5">
      <code className="font-mono text-sm">{shortHex(hash, 6)}</code>
      <CopyButton value={hash} label={`Copy transaction ${hash}`} />
    </span>
  );
}

/** A long key (BLS, Ed25519) shown in full, selectable, with a copy button. */
export function KeyValue({ value, label }: { value: string; label: string }) {
  return (
    <span className="flex min-w-0 items-start gap-2">
      <code className="min-w-0 break-all font-mono text-xs">{value}</code>
      <CopyButton value={value} label={`Copy ${label}`} />
    </span>
  );
}
