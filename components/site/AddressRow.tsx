import { CopyButton } from "./CopyButton";

type AddressRowProps = {
  /** What the contract is, e.g. "SESH token". */
  label: string;
  address: `0x${string}`;
  /** Block explorer base URL, e.g. https://arbiscan.io */
  explorer: string;
  /** Explorer name for the link text, e.g. "Arbiscan". */
  explorerName?: string;
};

/** One contract address: label, the full address (selectable), copy button and explorer link. */
export function AddressRow({ label, address, explorer, explorerName = "Arbiscan" }: AddressRowProps) {
  return (
    <div className="flex flex-col gap-2 border-t border-line py-4 first:border-t-0 sm:flex-row sm:items-center sm:gap-4">
      <dt className="w-44 shrink-0 text-sm font-medium text-muted">{label}</dt>
      <dd className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
        <code className="min-w-0 break-all font-mono text-sm text-fg">{address}</code>
        <span className="flex gap-2">
          <CopyButton value={address} label={`Copy ${label} address`} />
          <a
            href={`${explorer}/address/${address}`}
            rel="noopener noreferrer"
            className="inline-flex min-h-9 items-center rounded-full border border-line px-3 text-xs font-semibold text-accent-fg hover:border-accent-fg"
          >
            {explorerName}
            <span className="sr-only">: {label} on {explorerName}</span>
          </a>
        </span>
      </dd>
    </div>
  );
}
