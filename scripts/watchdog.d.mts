/** Stops the server `pid` (with `signal`, then SIGKILL) when this process dies or after `lifetimeMs`, then removes `removeDir`. */
export function guardServer(options: { pid: number; lifetimeMs: number; signal?: NodeJS.Signals; removeDir?: string }): void;
