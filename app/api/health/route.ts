/** Liveness: the process answers (no upstream is asked; /api/ready says whether it can serve). */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
