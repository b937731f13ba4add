/** A cookie as the preferences dialog lists it. */
export interface TextCookie {
  name: string
  provider?: string | undefined
  purpose?: string | undefined
  lifetime?: string | undefined
}

/** A service as the preferences dialog lists it. */
export interface TextService {
  name: string
  provider?: string | undefined
  purpose?: string | undefined
  policyUrl?: string | undefined
  cookies: TextCookie[]
}

/** A category as the preferences dialog shows it, in the shown language. */
export interface TextCategory {
  id: string
  /** True for `essential`: shown switched on and locked. */
  locked: boolean
  title: string
  description: string
  services: TextService[]
}

/**
 * Everything a visitor could read before deciding: the input of `textHash` and the body the
 * browser sends to `PUT /v1/texts/:hash` (docs/evidence.md, "What the visitor saw").
 */
export interface TextBundle {
  /** Bundle format version, `1`. */
  v: 1
  /** Language of every text below (BCP 47), the receipt's `locale`. */
  locale: string
  /** The privacy policy linked from the banner: the receipt's `policy` (absolute URL). */
  policy: { version: string; url: string }
  /** Every string of the banner and dialog by name (`title`, `acceptAll`, …). */
  texts: { [name: string]: string }
  /** The offered categories in the order shown, with their services and cookies. */
  categories: TextCategory[]
  /**
   * The note on an honoured signal as it was on screen, `{categories}` filled in: `label`
   * ("Opt-Out Request Honored") in the banner, `label` and `text` in the dialog. Left out
   * when no note was shown, so a bundle without one hashes as it did before the field.
   */
  signal?: { label: string; text: string } | undefined
}
