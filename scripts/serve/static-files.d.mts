// Types of static-files.mjs (the parts TypeScript callers use).
export const ROOT: string
export const WIDGET_DIST: string
export const STRICT_CSP: string
