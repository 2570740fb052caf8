/**
 * JSON as the real staking backend writes it (Python's json module): every integer in full as a
 * bare JSON number, bigints included (`12000000000000001`, never `"12000000000000001"` and never
 * `1.2e16`). JSON.stringify cannot print a bigint, and a replacer can only turn it into a string,
 * so this writer walks the value itself. Otherwise it follows JSON.stringify: undefined and
 * function members are left out of objects, non-finite numbers become null, toJSON is honoured.
 */
export function toBackendJson(value: unknown): string {
  return write(value) ?? "null";
}

function write(value: unknown): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "bigint":
      return value.toString();
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "boolean":
    case "string":
      return JSON.stringify(value);
    case "undefined":
    case "function":
    case "symbol":
      return undefined;
  }
  if (Array.isArray(value)) return `[${value.map((item) => write(item) ?? "null").join(",")}]`;
  const withToJson = value as { toJSON?: () => unknown };
  if (typeof withToJson.toJSON === "function") return write(withToJson.toJSON());
  const members: string[] = [];
  for (const [key, member] of Object.entries(value as Record<string, unknown>)) {
    const text = write(member);
    if (text !== undefined) members.push(`${JSON.stringify(key)}:${text}`);
  }
  return `{${members.join(",")}}`;
}
