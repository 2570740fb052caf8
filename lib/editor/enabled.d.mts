/** See enabled.mjs: whether the browser editor's routes are part of the app in this phase. */
export const EDITOR_EXTENSIONS: string[];
export const NEXT_DEFAULT_EXTENSIONS: string[];
export function editorRoutesEnabled(phase: string, env: Record<string, string | undefined>): boolean;
export function pageExtensions(phase: string, env: Record<string, string | undefined>): string[];
