/**
 * Class names for the dApp's tables: a normal table from 640 px up; below, each row becomes a card
 * of labelled cells (the label comes from the cell's data-label), two columns, so a phone never
 * scrolls sideways and the figures a staker decides on come first (give those `STACKED.first`).
 */
export const STACKED = {
  wrapper: "mt-4 rounded-2xl border border-line sm:overflow-x-auto",
  table: "block w-full text-left text-sm sm:table",
  thead: "hidden bg-bg-raised text-xs uppercase tracking-wide text-muted sm:table-header-group",
  tbody: "block sm:table-row-group",
  row: "grid grid-cols-2 gap-x-4 gap-y-3 border-t border-line p-4 first:border-t-0 sm:table-row sm:border-t sm:p-0 sm:first:border-t",
  cell: "block min-w-0 before:mb-0.5 before:block before:text-xs before:font-medium before:uppercase before:tracking-wide before:text-muted before:content-[attr(data-label)] sm:table-cell sm:px-3 sm:py-2 sm:before:hidden",
  /** a cell that spans the card's width (the node's name, an address with its links) */
  wide: "col-span-2",
  /** shown first on a phone */
  first: "order-first",
  /** the header cell */
  th: "px-3 py-2 font-medium",
} as const;
