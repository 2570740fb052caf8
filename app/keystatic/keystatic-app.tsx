"use client";

import { makePage } from "@keystatic/next/ui/app";
import config from "@/lib/editor/keystatic.config";

/** Keystatic's editor app (browser side); its routes exist only where lib/editor/enabled.mjs says. */
export const KeystaticApp = makePage(config);
