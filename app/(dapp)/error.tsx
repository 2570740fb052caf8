"use client";

import { Button } from "@/components/ui/Button";

/** A render failure inside the dApp: say so and offer a retry, keep the frame. */
export default function StakingError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="rounded-2xl border border-red-500/40 bg-red-500/10 p-6">
      <h1 className="text-2xl font-bold">Something went wrong on this page</h1>
      <p className="mt-2 text-muted">{error.message.split("\n")[0] || "An unexpected error occurred."}</p>
      <Button className="mt-4" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
