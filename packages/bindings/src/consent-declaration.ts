import { type DeclarationOptions, mountDeclaration } from '@assent/widget'
import { ConsentContext, h, useClientEffect, useContext, useRef } from 'assent-framework'

/** Props of `<ConsentDeclaration>`: the declaration's options, and a class for its element. */
export interface ConsentDeclarationProps extends DeclarationOptions {
  className?: string
}

/**
 * The cookie declaration of the provider's categories, for the privacy page: a table per
 * category with its services, providers, cookies, lifetimes and purposes, in the visitor's
 * language — the same view as the script tag's `[data-assent-declaration]`. The server renders
 * an empty `<div>`; the tables are drawn into it on the client once the engine exists.
 *
 * @example
 * <h2>Cookies we use</h2>
 * <ConsentDeclaration consentCookie={{ name: 'assent', lifetimeDays: 182 }} />
 */
export function ConsentDeclaration(props: ConsentDeclarationProps) {
  const c = useContext(ConsentContext)
  const ref = useRef<HTMLDivElement>(null)
  const key = JSON.stringify([props.lang, props.texts, props.consentCookie])
  useClientEffect(() => {
    if (!c || !ref.current) return
    const declaration = mountDeclaration(ref.current, c, props)
    return () => declaration.destroy()
  }, [c, key])
  return h('div', { ref, className: props.className })
}
