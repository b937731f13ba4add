import type { Consent } from '@assent/core'
import type { Sha256Loader } from '@assent/receipt'
/** Title and description of one category, as shown in the preferences dialog. */
export interface CategoryTexts {
  title: string
  description: string
}

/**
 * Every string the widget shows. A site overrides any of them per language with
 * `texts: { en: { title: 'Cookies' } }` (see docs/i18n.md).
 */
export interface Texts {
  /** Banner heading, also the banner region's accessible name. */
  title: string
  /** Banner text. Plain text: markup is shown as typed. */
  description: string
  /** Text of the privacy-policy link after the banner text and in the dialog. */
  policyLink: string
  acceptAll: string
  rejectAll: string
  customise: string
  /** Preferences dialog heading. */
  preferencesTitle: string
  preferencesDescription: string
  save: string
  /** Accessible name of the dialog's close button. */
  close: string
  /** Shown beside the locked essential switch, and read as its description. */
  alwaysOn: string
  /** Label of the expandable list of services and cookies. */
  services: string
  cookie: string
  provider: string
  purpose: string
  lifetime: string
  /** Heading of the notice shown when a Global Privacy Control signal was honoured. */
  gpcHonored: string
  gpcText: string
  /** Heading of the notice shown when a Do Not Track signal was honoured. */
  dntHonored: string
  dntText: string
  /** Accessible name of the floating button that reopens the preferences; the notice banners' button to them. */
  settings: string
  /** Banner text under the `notice` model (categories on until the visitor opts out). */
  noticeText: string
  /** Banner text under the `opt-out` model. */
  optOutText: string
  /** Acknowledges a notice: the profile's defaults stay. */
  ok: string
  /** The opt-out banner's button (switches off what the profile's opt-out covers). */
  optOut: string
  /** The same button where US law asks for this wording (`$jurisdiction.doNotSell`). */
  doNotSell: string
  /** The one-line notice shown under `notice`/`opt-out` after `policy.version` changed. */
  policyChanged: string
  /** The cookie declaration's column of the service that sets a cookie. */
  service: string
  /** A lifetime of `"session"`: until the browser is closed. */
  session: string
  /** The declaration's row of a service (or category) that sets no cookies. */
  noCookies: string
  /** The declaration's purpose of Assent's own consent cookie. */
  consentCookie: string
  /** Texts of the built-in categories (and any site category, by id). */
  categories: { [id: string]: CategoryTexts }
}

/** Overrides for some strings; categories may be overridden one field at a time. */
export type TextOverrides = Partial<Omit<Texts, 'categories'>> & {
  categories?: { [id: string]: Partial<CategoryTexts> }
}

/** Where the banner sits. `bar` spans the width, `box` is a card in a corner, `modal` is centred. */
export type Layout = 'bar' | 'box' | 'modal'

/** `top`/`bottom` for the bar; a corner for the box (default `bottom-right` / `bottom`). */
export type Position = 'top' | 'bottom' | 'top-left' | 'top-right' | 'bottom-left' | 'bottom-right'

/** Loads a built-in language's texts; resolves undefined when it cannot. */
export type TextsLoader = (lang: string) => Promise<Texts | undefined>

/** How the widget loads what it needs only sometimes: languages, and the hash for plain-http pages. */
export interface WidgetLoaders {
  texts: TextsLoader
  sha256: Sha256Loader
}

/** Options of `mountWidget` and the script tag's `ui` section. All optional. */
export interface WidgetOptions {
  /** Language tag (`de`, `zh-Hant`, `pt-BR`…). Default: `<html lang>`, else the browser's languages, else English. */
  lang?: string
  /** Default `box`. */
  layout?: Layout
  /** Default `bottom-right` for the box, `bottom` for the bar. */
  position?: Position
  /** `auto` (default) follows `prefers-color-scheme`. */
  theme?: 'auto' | 'light' | 'dark'
  /**
   * The small button that reopens the preferences once a choice is made. Default `auto`:
   * shown only when the page has no `[data-assent-open]` element, so withdrawing is always
   * one click away.
   */
  floatingButton?: boolean | 'auto'
  /** String overrides per language: `{ en: { title: 'Cookies' }, de: { title: 'Cookies' } }`. */
  texts?: Record<string, TextOverrides>
  /** Nonce for the fallback `<style>` element on browsers without constructable stylesheets. */
  nonce?: string
  /** URL of `assent.css`, linked on browsers without constructable stylesheets when no nonce is set. */
  stylesheetUrl?: string
  /** Show the banner when needed right after mounting. Default true. */
  autoShow?: boolean
  /**
   * `mountWidget` only: the views, to keep them in your bundle (`import { widgetViews } from
   * '@assent/widget/views'`). Default: an `import()` chunk, fetched only when they are needed.
   */
  views?: WidgetViews
}

/** The banner, dialog and styles: what `@assent/widget/views` exports as `widgetViews`. */
export type WidgetViews = (
  consent: Consent,
  options: WidgetOptions | undefined,
  loaders: WidgetLoaders,
  emit?: (event: 'show' | 'hide', what: 'banner' | 'preferences') => void,
  /** The `<assent-ui>` element to render into (its shadow root may hold the floating button). */
  host?: HTMLElement,
) => WidgetHandle

/** What `mountWidget` returns. */
export interface WidgetHandle {
  /** Show the banner (even when a decision exists). */
  show(): void
  /** Open the preferences dialog, showing the current state. */
  showPreferences(): void
  /** Hide banner and dialog without recording anything. */
  hide(): void
  /** Remove the widget and its listeners. */
  destroy(): void
  /** Resolves once the texts are loaded and the widget rendered. */
  readonly ready: Promise<void>
  /** The language shown, e.g. `de`. */
  readonly locale: string
}
