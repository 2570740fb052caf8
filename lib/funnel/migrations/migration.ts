/**
 * One schema change, written for both adapters. Migrations are applied in version order at start,
 * each once, in a transaction (the adapters record the versions they applied). Never edit an
 * applied migration: add the next version.
 */
export type Migration = {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
};
