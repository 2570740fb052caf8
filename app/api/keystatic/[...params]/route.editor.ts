import { makeRouteHandler } from "@keystatic/next/route-handler";
import { problemsAfterSave, updateSchema } from "@/lib/editor/check-save";
import config from "@/lib/editor/keystatic.config";
import { editorStorage } from "@/lib/editor/storage";
import { formatProblem } from "@/lib/content/problems";

/**
 * The editor's API. Local mode (saving to this disk) answers only under `next dev`, whatever else is
 * configured; GitHub mode talks to GitHub and saves nothing here. A local save is checked by the
 * content check first (lib/editor/check-save.ts): a save that would break a file writes nothing and
 * answers 422 with content:check's sentences, which the editor shows.
 */
const keystatic = makeRouteHandler({ config });
const local = editorStorage().kind === "local";

function notServed(): Response | null {
  return local && process.env.NODE_ENV !== "development" ? new Response("Not Found", { status: 404 }) : null;
}

export async function GET(request: Request): Promise<Response> {
  return notServed() ?? keystatic.GET(request);
}

export async function POST(request: Request): Promise<Response> {
  const refused = notServed();
  if (refused) return refused;
  if (local && new URL(request.url).pathname === "/api/keystatic/update") {
    const update = updateSchema.safeParse(await request.clone().json().catch(() => null));
    if (!update.success) return new Response("Bad data", { status: 400 });
    const problems = problemsAfterSave(process.cwd(), update.data);
    if (problems.length) return new Response(`Not saved: ${problems.map(formatProblem).join("\n")}`, { status: 422, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  return keystatic.POST(request);
}
