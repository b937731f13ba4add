import { h, type JSX } from 'preact'
import { useEffect, useRef } from 'preact/hooks'
import type { DeclarationOptions } from '../declaration/render-declaration'
import { mountDeclaration } from '../mount-declaration'
import { useConsentEngine } from './consent-context'

/** Props of `<ConsentDeclaration>`: the declaration's options, and a class for its element. */
export interface ConsentDeclarationProps extends DeclarationOptions {
  class?: string
}

/**
 * The cookie declaration of the nearest `<ConsentProvider>`'s categories, for the privacy
 * page: a table per category with its services, providers, cookies, lifetimes and purposes, in
 * the visitor's language — the same view as the script tag's `[data-assent-declaration]`.
 * Server rendering gives an empty element; the tables are drawn on the client.
 *
 * @example
 * <h2>Cookies we use</h2>
 * <ConsentDeclaration />
 */
export function ConsentDeclaration(props: ConsentDeclarationProps): JSX.Element {
  const consent = useConsentEngine('<ConsentDeclaration>')
  const root = useRef<HTMLDivElement>(null)
  const key = JSON.stringify([props.lang, props.texts, props.consentCookie])
  useEffect(() => {
    if (!consent || !root.current) return
    const declaration = mountDeclaration(root.current, consent, props)
    return () => declaration.destroy()
  }, [consent, key])
  return h('div', { class: props.class, ref: root })
}
