import type { CategoryView } from '../category-views'
import type { Texts } from '../types'
import { ServiceList } from './service-list'

export interface CategoryRowProps {
  category: CategoryView
  checked: boolean
  texts: Texts
  onToggle: (id: string) => void
}

/** One category in the dialog: title, switch (locked on for essential), description, services. */
export function CategoryRow({ category, checked, texts, onToggle }: CategoryRowProps) {
  const { id, locked } = category
  const on = locked || checked
  const toggle = (
    <button
      type="button"
      role="switch"
      class="a-switch"
      aria-checked={on ? 'true' : 'false'}
      aria-disabled={locked ? 'true' : undefined}
      aria-labelledby={`a-c-${id}`}
      aria-describedby={
        [locked && `a-l-${id}`, category.description && `a-d-${id}`].filter(Boolean).join(' ') ||
        undefined
      }
      onClick={() => locked || onToggle(id)}
    />
  )
  return (
    <li class="a-cat">
      <div class="a-row">
        <h3 id={`a-c-${id}`}>{category.title}</h3>
        {locked ? (
          <span class="a-lock">
            <span id={`a-l-${id}`}>{texts.alwaysOn}</span>
            {toggle}
          </span>
        ) : (
          toggle
        )}
      </div>
      {category.description && <p id={`a-d-${id}`}>{category.description}</p>}
      {category.services.length > 0 && <ServiceList services={category.services} texts={texts} />}
    </li>
  )
}
