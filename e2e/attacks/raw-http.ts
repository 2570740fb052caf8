/**
 * One HTTP request sent exactly as written: the path is not normalised (a URL object would resolve
 * %2e%2e and collapse slashes before the server could see them) and any header may be set,
 * including those a browser would refuse. For the attack suite's black-box requests.
 */
import { request } from "node:http";

export type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

export function raw(base: string, path: string, { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method, headers, timeout: 20_000, insecureHTTPParser: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error(`${method} ${path}: no answer within 20 s`)));
    req.on("error", reject);
    req.end(body);
  });
}
