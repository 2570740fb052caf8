"use client";

/**
 * Which chain block the page's server-read figures are from: pages rendered on the server place a
 * PageBlock mark (./PageBlock.tsx) with their snapshot's block, and the transaction flow, after a
 * receipt, renders the page again until the mark reaches the receipt's block (the figures then
 * include what the transaction changed).
 */
let block: bigint | null = null;

export function setPageBlock(b: bigint | null): void {
  block = b;
}

export function pageBlock(): bigint | null {
  return block;
}
