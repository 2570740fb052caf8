"use client";

import { useRouter } from "next/navigation";
import { useEffect, useOptimistic, useRef, useState, useTransition } from "react";
import { formatFeeBasisPoints } from "@/lib/staking/fees";
import type { OpenNodeSortKey, SortDirection } from "@/lib/staking/open-nodes";
import { FEE_CEILINGS, MAX_ESTIMATE_SESH, MIN_CEILINGS, openNodesSearch, ROOM_FLOORS, type OpenNodesQuery } from "@/lib/staking/open-nodes-query";

const FIELD = "min-h-10 rounded-lg border border-line bg-bg px-3";
/** Typing in the search waits this long before the list is asked for again. */
const SEARCH_DEBOUNCE_MS = 300;

/**
 * /stake's filters: each change replaces the URL, and the server renders the list for it
 * (lib/staking/open-nodes-query.ts). The only client code of the list.
 */
export function OpenNodesControls({ query, canFilterByBalance, sortOptions }: { query: OpenNodesQuery; canFilterByBalance: boolean; sortOptions: { key: OpenNodeSortKey; label: string }[] }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  // the controls show the choice at once; the list follows when the server has rendered it
  const [shown, choose] = useOptimistic(query, (q: OpenNodesQuery, patch: Partial<OpenNodesQuery>) => ({ ...q, ...patch }));
  const [text, setText] = useState(query.q);
  const [amount, setAmount] = useState(query.est === null ? "" : String(query.est));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const estTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
      clearTimeout(estTimer.current);
    },
    [],
  );

  const go = (patch: Partial<OpenNodesQuery>) =>
    startTransition(() => {
      choose(patch);
      router.replace(`/stake${openNodesSearch({ ...shown, ...patch })}`, { scroll: false });
    });

  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">Search operator, contract or key</span>
        <input
          value={text}
          onChange={(e) => {
            const q = e.target.value;
            setText(q);
            clearTimeout(timer.current);
            timer.current = setTimeout(() => go({ q: q.trim() }), SEARCH_DEBOUNCE_MS);
          }}
          className={FIELD}
          placeholder="0x… or key"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">Operator fee</span>
        <select value={shown.maxFee ?? ""} onChange={(e) => go({ maxFee: e.target.value === "" ? null : Number(e.target.value) })} className={FIELD}>
          <option value="">Any fee</option>
          {FEE_CEILINGS.map((f) => (
            <option key={f} value={f}>
              Fee ≤ {formatFeeBasisPoints(f)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">Estimate yearly earnings on (SESH)</span>
        <input
          value={amount}
          inputMode="numeric"
          onChange={(e) => {
            const v = e.target.value.replace(/[^\d]/g, "").slice(0, 9);
            setAmount(v);
            clearTimeout(estTimer.current);
            estTimer.current = setTimeout(() => go({ est: v === "" || Number(v) < 1 || Number(v) > MAX_ESTIMATE_SESH ? null : Number(v) }), SEARCH_DEBOUNCE_MS);
          }}
          className={`${FIELD} w-36 tabular-nums`}
          placeholder="e.g. 5000"
          data-testid="estimate-amount"
        />
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">Room left</span>
        <select value={shown.room ?? ""} onChange={(e) => go({ room: e.target.value === "" ? null : Number(e.target.value) })} className={FIELD} data-testid="filter-room">
          <option value="">Any room</option>
          {ROOM_FLOORS.map((r) => (
            <option key={r} value={r}>
              At least {r.toLocaleString("en-US")} SESH
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col gap-1">
        <span className="text-xs text-muted">Minimum contribution</span>
        <select value={shown.min ?? ""} onChange={(e) => go({ min: e.target.value === "" ? null : Number(e.target.value) })} className={FIELD} data-testid="filter-min">
          <option value="">Any minimum</option>
          {MIN_CEILINGS.map((m) => (
            <option key={m} value={m}>
              At most {m.toLocaleString("en-US")} SESH
            </option>
          ))}
        </select>
      </label>
      {/* on a phone the table's headers (and their sort links) give way to cards */}
      <label className="flex flex-col gap-1 sm:hidden">
        <span className="text-xs text-muted">Sort by</span>
        <select
          value={`${shown.sort}:${shown.dir}`}
          onChange={(e) => {
            const [sort, dir] = e.target.value.split(":") as [OpenNodeSortKey, SortDirection];
            go({ sort, dir });
          }}
          className={`${FIELD} min-h-11`}
        >
          {sortOptions.flatMap((c) =>
            (["asc", "desc"] as const).map((d) => (
              <option key={`${c.key}:${d}`} value={`${c.key}:${d}`}>
                {c.label} {d === "asc" ? "(lowest first)" : "(highest first)"}
              </option>
            )),
          )}
        </select>
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={shown.free} onChange={(e) => go({ free: e.target.checked })} /> Free slots only
      </label>
      {canFilterByBalance ? (
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={shown.affordable} onChange={(e) => go({ affordable: e.target.checked })} /> Within my balance
        </label>
      ) : null}
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={shown.all} onChange={(e) => go({ all: e.target.checked })} data-testid="toggle-awaiting-operator" /> Show nodes awaiting operator
      </label>
    </div>
  );
}
