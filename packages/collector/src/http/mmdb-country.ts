import { readFileSync } from 'node:fs'
import { Reader } from 'maxmind'

/** The country fields the supported MMDB databases use. */
interface CountryRecord {
  country?: { iso_code?: string }
  country_code?: string
}

/**
 * An offline IP → country lookup from an MMDB file, e.g. the CC0 database of the npm
 * package `@ip-location-db/geo-whois-asn-country-mmdb`, or MaxMind's GeoLite2-Country.
 * Read once into memory; a lookup never touches the network or the disk.
 */
export function mmdbCountry(path: string): (ip: string) => string | undefined {
  const reader = new Reader(readFileSync(path))
  return (ip) => {
    const record = reader.get(ip) as CountryRecord | null
    return record?.country?.iso_code ?? record?.country_code
  }
}
