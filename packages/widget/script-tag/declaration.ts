import type { CategoryOptions, Consent } from '@assent/core'
import { renderDeclaration } from '../src/declaration/render-declaration'
import type { TextsLoader, WidgetOptions } from '../src/types'
import type { ScriptConfig } from './read-config'

/** What assent-ui.js registers as `self.assentDeclaration` for assent.js to call. */
export type RenderDeclarations = (
  consent: Consent,
  ui: WidgetOptions,
  loadTexts: TextsLoader,
  config: ScriptConfig,
) => Promise<boolean>

/**
 * Draws the cookie declaration into every `[data-assent-declaration]` element of the page,
 * from the config block's categories, with the consent cookie as configured (`cookie.name`,
 * `lifetimeDays`) and the language and texts of the `ui` section.
 */
export const renderDeclarations: RenderDeclarations = (consent, ui, loadTexts, config) =>
  renderDeclaration(
    document.querySelectorAll('[data-assent-declaration]'),
    consent,
    {
      ...ui,
      consentCookie: {
        name: (config.cookie as { name?: string } | undefined)?.name,
        lifetimeDays: config.lifetimeDays as number | undefined,
      },
    },
    loadTexts,
    config.categories as CategoryOptions[] | undefined,
  )
