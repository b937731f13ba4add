import type { ServiceView } from '../category-views'
import type { Texts } from '../types'

/** The expandable list of a category's services and the cookies each sets. */
export function ServiceList({ services, texts }: { services: ServiceView[]; texts: Texts }) {
  return (
    <details>
      <summary>
        {texts.services} ({services.length})
      </summary>
      {services.map((s) => {
        // A provider column only when some cookie is set by someone other than the service.
        const byOthers = s.cookies.some((c) => c.provider && c.provider !== s.provider)
        return (
          <div class="a-svc" key={s.name}>
            <strong>{s.name}</strong>
            {s.provider && ` · ${s.provider}`}
            {s.purpose && <p>{s.purpose}</p>}
            {s.policyUrl && (
              <p>
                <a href={s.policyUrl} target="_blank" rel="noopener noreferrer">
                  {`${texts.policyLink}: ${s.name}`}
                </a>
              </p>
            )}
            {s.cookies.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th scope="col">{texts.cookie}</th>
                    {byOthers && <th scope="col">{texts.provider}</th>}
                    <th scope="col">{texts.lifetime}</th>
                    <th scope="col">{texts.purpose}</th>
                  </tr>
                </thead>
                <tbody>
                  {s.cookies.map((c) => (
                    <tr key={c.name}>
                      <td>
                        <code>{c.name}</code>
                      </td>
                      {byOthers && <td>{c.provider ?? s.provider}</td>}
                      <td>{c.lifetime}</td>
                      <td>{c.purpose}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )
      })}
    </details>
  )
}
