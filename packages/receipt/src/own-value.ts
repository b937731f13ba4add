/**
 * `map[key]` when `key` is the map's own property, else undefined. Category ids are chosen by
 * sites (and, unchecked, by anyone posting receipts): a plain-object lookup of `constructor`
 * would find `Object.prototype.constructor`.
 */
export function ownValue<T>(
  map: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return map !== undefined && Object.hasOwn(map, key) ? map[key] : undefined
}
