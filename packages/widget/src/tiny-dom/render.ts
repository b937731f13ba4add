// The smallest renderer the widget's views need: `mountWidget`, the script tag and
// `<ConsentPreferences>` all draw the views with it, so none of them ships Preact for the
// widget (assent.js stays small; @assent/react needs no Preact). It diffs by position:
// the views are fixed in shape, and `false`/`null` children keep their slot as an empty text
// node, so a part that appears or disappears never shifts its siblings. Text is always set
// as text (never parsed as HTML).
import type { TinyVNode } from './jsx-runtime'

type Child = TinyVNode | string
interface Patched extends Element {
  _props?: Record<string, unknown>
}

const SVG = 'http://www.w3.org/2000/svg'

function flatten(node: unknown, out: Child[]): Child[] {
  if (Array.isArray(node)) for (const n of node) flatten(n, out)
  else if (node == null || typeof node === 'boolean') out.push('')
  else if (typeof node !== 'object') out.push(String(node))
  else {
    const v = node as TinyVNode
    if (typeof v.type === 'function') flatten(v.type(v.props), out)
    else out.push(v)
  }
  return out
}

function setProps(el: Patched, next: Record<string, unknown>) {
  const old = el._props ?? {}
  for (const key in { ...old, ...next }) {
    const value = next[key]
    if (key === 'children' || key === 'key' || old[key] === value) continue
    // `onClick` sets the `onclick` property: one handler per event, swapped in place.
    if (key.startsWith('on')) (el as unknown as Record<string, unknown>)[key.toLowerCase()] = value
    // HTML lowercases attribute names, so `tabIndex` becomes `tabindex`.
    else if (value == null || value === false) el.removeAttribute(key)
    else el.setAttribute(key, value === true ? '' : String(value))
  }
  el._props = next
}

function patch(parent: Node & ParentNode, dom: ChildNode | undefined, vnode: Child, svg: boolean) {
  let node: Node
  if (typeof vnode === 'string') {
    if (dom?.nodeType === 3) {
      if ((dom as Text).data !== vnode) (dom as Text).data = vnode
      return
    }
    node = document.createTextNode(vnode)
  } else {
    const tag = vnode.type as string
    const inSvg = svg || tag === 'svg'
    // Text nodes have no localName, so only an element of the same tag is reused.
    const reuse = (dom as Element | undefined)?.localName === tag
    const el = (
      reuse ? dom : inSvg ? document.createElementNS(SVG, tag) : document.createElement(tag)
    ) as Patched
    setProps(el, vnode.props)
    patchChildren(el, flatten(vnode.props.children, []), inSvg)
    if (reuse) return
    node = el
  }
  if (dom) dom.replaceWith(node)
  else parent.append(node)
}

function patchChildren(parent: Node & ParentNode, children: Child[], svg: boolean) {
  children.forEach((child, i) => {
    patch(parent, parent.childNodes[i], child, svg)
  })
  while (parent.childNodes.length > children.length) parent.lastChild!.remove()
}

/** Renders `vnode` into `container`, reusing what is there; `null` empties it. */
export function render(vnode: unknown, container: Element | DocumentFragment): void {
  patchChildren(container, vnode == null ? [] : flatten(vnode, []), false)
}
