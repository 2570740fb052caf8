import type { Migration } from "./migration";
import { migration0001 } from "./0001-daily-counts";
import { migration0002 } from "./0002-csp-violation-counts";

/** Every migration, oldest first. Add a new file and append it here. */
export const MIGRATIONS: readonly Migration[] = [migration0001, migration0002];
