import { useEffect } from 'react'

/** Stands in for an embedded map that sets its own cookie (declared under `preference`). */
export function ShopMap() {
  useEffect(() => {
    // biome-ignore lint/suspicious/noDocumentCookie: a stand-in embed sets its cookie the way real ones do
    document.cookie = 'demo_map=tiles; path=/; max-age=3600'
  }, [])
  return (
    <div className="map" role="img" aria-label="Map: Northwind Hosting, 1 Harbour Road">
      Map: 1 Harbour Road
    </div>
  )
}
