import type { CategoryOptions, Consent } from '@assent/core'
import { categoryViews } from '../category-views'
import { resolveTexts } from '../i18n/resolve-texts'
import { render } from '../tiny-dom/render'
import type { TextsLoader, WidgetOptions } from '../types'
import { checkDeclaration, reportDeclaration } from './check-declaration'
import css from './declaration.css?inline'
import { DeclarationView } from './declaration-view'
import { type ConsentCookieInfo, declarationViews } from './declaration-views'

/** Options of the cookie declaration (`mountDeclaration`, `<ConsentDeclaration>`). All optional. */
export interface DeclarationOptions extends Pick<WidgetOptions, 'lang' | 'texts' | 'nonce'> {
  /**
   * Assent's own consent cookie, listed under Essential: its `name` and `lifetimeDays` as
   * configured (default `assent`, 182 days). `false` leaves it out.
   */
  consentCookie?: ConsentCookieInfo
}

const styled = new WeakSet<Document>()

/**
 * The default style, once per document, behind everything of the site's: a constructable
 * stylesheet (no CSP `style-src` needed), else a `<style nonce>`, else none (the tables are
 * plain HTML and readable unstyled).
 */
function injectStyle(nonce: string | undefined) {
  if (styled.has(document)) return
  styled.add(document)
  try {
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(css)
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  } catch {
    if (!nonce) return
    const style = document.createElement('style')
    style.nonce = nonce
    style.textContent = css
    document.head.append(style)
  }
}

/**
 * Renders the cookie declaration of `consent`'s categories into each of `elements`, replacing
 * what they hold (a fallback text, say), in the language the widget would choose. A field
 * the declaration cannot show truthfully (checked on `raw`, the `categories` option, when
 * given) is logged naming it, and nothing is rendered. Resolves whether it rendered.
 */
export async function renderDeclaration(
  elements: ArrayLike<Element>,
  consent: Pick<Consent, 'categories'>,
  options: DeclarationOptions | undefined,
  loadTexts: TextsLoader,
  raw: ReadonlyArray<string | CategoryOptions> | undefined = consent.categories,
  /** False once the caller no longer wants it (a newer declaration replaced it while its texts loaded). */
  wanted: () => boolean = () => true,
): Promise<boolean> {
  const o = options && typeof options === 'object' ? options : {}
  const bad = checkDeclaration(raw)
  if (bad) {
    reportDeclaration(bad)
    return false
  }
  const { locale, texts } = await resolveTexts(o, loadTexts)
  if (!wanted()) return false
  const categories = declarationViews(
    categoryViews(consent.categories, texts, locale),
    texts,
    locale,
    o.consentCookie,
  )
  injectStyle(o.nonce)
  for (const element of Array.from(elements)) {
    render(<DeclarationView categories={categories} texts={texts} locale={locale} />, element)
  }
  return true
}
