"use client";

import { useEffect } from "react";
import { setPageBlock } from "./page-block";

/** The block the server read this page's figures at (./page-block.ts); renders nothing. */
export function PageBlock({ block }: { block: bigint | null }) {
  useEffect(() => {
    setPageBlock(block);
    return () => setPageBlock(null);
  }, [block]);
  return null;
}
