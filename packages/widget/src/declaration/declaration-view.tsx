import type { CategoryView, CookieView, ServiceView } from '../category-views'
import type { Texts } from '../types'

/** One row: a cookie of a service, or a service that sets none. */
function Row({ s, k, texts }: { s: ServiceView; k?: CookieView | undefined; texts: Texts }) {
  const provider = k?.provider ?? s.provider
  // The service's policy, linked from its provider (as cookie declarations usually do); a
  // cookie set by someone else is not covered by that policy.
  const linked = s.policyUrl && provider === s.provider
  return (
    <tr>
      <th scope="row">{k ? <code>{k.name}</code> : texts.noCookies}</th>
      <td>{s.name}</td>
      <td>
        {linked ? (
          <a href={s.policyUrl} rel="noopener noreferrer">
            {provider ?? texts.policyLink}
          </a>
        ) : (
          provider
        )}
      </td>
      <td>{k?.lifetime}</td>
      <td>{k?.purpose ?? s.purpose}</td>
    </tr>
  )
}

/**
 * The cookie declaration: one table per category (its title and description as the caption),
 * a row per cookie with its service, provider (linked to the service's privacy policy),
 * lifetime and purpose. Rendered into the page itself (light DOM), with stable class names
 * for the site's own styles.
 */
export function DeclarationView({
  categories,
  texts,
  locale,
}: {
  categories: CategoryView[]
  texts: Texts
  locale: string
}) {
  return (
    <div class="assent-declaration" lang={locale}>
      {categories.map((c) => {
        const rows = c.services.flatMap((s) =>
          s.cookies.length ? (
            s.cookies.map((k) => <Row s={s} k={k} texts={texts} />)
          ) : (
            <Row s={s} texts={texts} />
          ),
        )
        return (
          <table class="assent-declaration-table" data-category={c.id}>
            <caption>
              <span class="assent-declaration-title">{c.title}</span>
              {c.description && <span class="assent-declaration-description">{c.description}</span>}
            </caption>
            <thead>
              <tr>
                <th scope="col">{texts.cookie}</th>
                <th scope="col">{texts.service}</th>
                <th scope="col">{texts.provider}</th>
                <th scope="col">{texts.lifetime}</th>
                <th scope="col">{texts.purpose}</th>
              </tr>
            </thead>
            <tbody>
              {rows.length ? (
                rows
              ) : (
                <tr>
                  <td colspan={5}>{texts.noCookies}</td>
                </tr>
              )}
            </tbody>
          </table>
        )
      })}
    </div>
  )
}
