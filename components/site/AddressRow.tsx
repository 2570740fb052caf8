import { explorerAddressUrl } from "@/lib/explorer-links";
import { CopyButton, type CopyStates } from "./CopyButton";

type AddressRowProps = {
  /** What the contract is, e.g. "SESH token" (content/pages/token.yaml). */
  label: string;
  address: `0x${string}`;
  /** Block explorer base URL, e.g. https://arbiscan.io */
  explorer: string;
  /** Explorer name for the link text, e.g. "Arbiscan". */
  explorerName: string;
  /** The link's full name for screen readers, e.g. "SESH token on Arbiscan". */
  explorerLinkLabel: string;
  /** The copy button's name (screen readers) and what it says. */
  copyLabel: string;
  copyStates: CopyStates;
};

/** One contract address: label, the full address (selectable), copy button and explorer link. */
export function AddressRow({ label, address, explorer, explorerName, explorerLinkLabel, copyLabel, copyStates }: AddressRowProps) {
  const href = explorerAddressUrl(explorer, address);
  return (
    <div className="flex flex-col gap-2 border-t border-line py-4 first:border-t-0 sm:flex-row sm:items-center sm:gap-4">
      <dt className="w-44 shrink-0 text-sm font-medium text-muted">{label}</dt>
      <dd className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
        <code className="min-w-0 break-all font-mono text-sm text-fg">{address}</code>
        <span className="flex gap-2">
          <CopyButton value={address} label={copyLabel} states={copyStates} />
          {href ? (
            <a
              href={href}
              rel="noopener noreferrer"
              aria-label={explorerLinkLabel}
              className="inline-flex min-h-9 items-center rounded-full border border-line px-3 text-xs font-semibold text-accent-fg hover:border-accent-fg"
            >
              {explorerName}
            </a>
          ) : null}
        </span>
      </dd>
    </div>
  );
}
