// The JSX runtime of the widget's views in every build and in the tests: JSX becomes plain
// `{ type, props }` objects that `render()` (./render.ts) turns into DOM. The npm build and the
// tests alias `preact/jsx-runtime` here; the script tag compiles JSX to `h` below.

/** An element: a tag name or a function component, and its props (children included). */
export interface TinyVNode {
  type: string | ((props: Record<string, unknown>) => unknown)
  props: Record<string, unknown>
}

export function Fragment(props: { children?: unknown }): unknown {
  return props.children
}

export function jsx(type: TinyVNode['type'], props: Record<string, unknown>): TinyVNode {
  return { type, props }
}

export { jsx as jsxs, jsx as jsxDEV }

/** The classic factory, `h(type, props, ...children)`: what the script-tag build compiles JSX to. */
export function h(
  type: TinyVNode['type'],
  props: Record<string, unknown> | null,
  ...children: unknown[]
): TinyVNode {
  return { type, props: { ...props, children } }
}
