"use client";

import Form from "next/form";
import type { NodeState } from "@/lib/staking/node-state";
import type { RegistryQuery } from "@/lib/staking/node-registry";

/**
 * State and text filter for /nodes as a GET form: the server filters and paginates, so this works
 * without JavaScript too, and with it next/form navigates client-side. Changing the state submits.
 */
export function NodesFilters({ query, total, counts }: { query: RegistryQuery; total: number; counts: readonly { state: NodeState; count: number }[] }) {
  return (
    <Form action="/nodes" className="flex flex-wrap items-end gap-3 text-sm" data-testid="nodes-filters">
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">State</span>
        <select name="state" defaultValue={query.state} onChange={(e) => e.currentTarget.form?.requestSubmit()} className="min-h-10 rounded-lg border border-line bg-bg px-3">
          <option value="all">All states ({total})</option>
          {counts.map(({ state, count }) => (
            <option key={state} value={state}>
              {state} ({count})
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">Search id, operator, contributor or key</span>
        <input name="q" type="search" defaultValue={query.q} className="min-h-10 rounded-lg border border-line bg-bg px-3" />
      </label>
      <button type="submit" className="min-h-10 rounded-full border border-line px-4">
        Filter
      </button>
    </Form>
  );
}
