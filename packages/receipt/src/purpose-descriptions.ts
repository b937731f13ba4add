import { ownValue } from './own-value.js'

/** How a category is described in an export: text, kinds of data, who else receives it. */
export interface PurposeDescription {
  purpose?: string
  purposeCategory?: string[]
  piiCategory?: string[]
  thirdPartyDisclosure?: boolean
  thirdPartyName?: string
}

/** Built-in descriptions of the four SDK categories; sites override or add per category. */
export const DEFAULT_PURPOSES: Record<string, PurposeDescription> = {
  essential: {
    purpose: 'Strictly necessary: security, load balancing, remembering this consent decision',
    purposeCategory: ['Core Function'],
    piiCategory: ['Online identifier (pseudonymous)', 'Consent decision'],
  },
  analytics: {
    purpose: 'Audience measurement (web analytics)',
    purposeCategory: ['Improve Performance'],
    piiCategory: ['Online identifier (pseudonymous)', 'Browsing activity on this site'],
  },
  preference: {
    purpose: 'Remembering preferences such as language and display settings',
    purposeCategory: ['Personalized Experience'],
    piiCategory: ['Preferences'],
  },
  marketing: {
    purpose: 'Advertising and marketing measurement',
    purposeCategory: ['Marketing Third Parties'],
    piiCategory: ['Online identifier (pseudonymous)', 'Browsing activity'],
    thirdPartyDisclosure: true,
    thirdPartyName: 'Advertising partners named in the privacy policy',
  },
}

/** How the decision was collected, per receipt `source`. */
export const COLLECTION_METHODS: Record<string, string> = {
  banner: 'web consent banner, first layer',
  preferences: 'web consent banner, preferences dialog',
  signal: 'automatic opt-out from a browser privacy signal (GPC/DNT)',
  api: 'site code on behalf of the visitor',
  notice: "notice shown, no click: the region's defaults took effect (notice or opt-out model)",
}

/** The built-in description of a category, with the site's overrides on top. */
export function describePurpose(
  category: string,
  overrides: Record<string, PurposeDescription> | undefined,
): PurposeDescription {
  return { ...ownValue(DEFAULT_PURPOSES, category), ...ownValue(overrides, category) }
}
