import Link from "next/link";
import { NOT_FROM_FACTORY_SENTENCE } from "@/lib/staking/contract-trust";

/**
 * What a contract page shows instead of its forms when the configured factory did not create the
 * contract: the plain warning, the way back to the open nodes, and no write control at all.
 * A server component: the server's own check renders it before any wallet code loads.
 */
export function NotFromFactory() {
  return (
    <div role="alert" className="space-y-3 rounded-2xl border border-red-500/50 bg-red-500/5 p-5" data-testid="contract-not-from-factory">
      <p className="text-lg font-semibold">Not a Session staking contract</p>
      <p>{NOT_FROM_FACTORY_SENTENCE}</p>
      <p>
        <Link href="/stake" className="font-medium text-accent-fg underline underline-offset-4">
          See the open nodes
        </Link>
      </p>
    </div>
  );
}
