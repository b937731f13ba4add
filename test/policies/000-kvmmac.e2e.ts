// kvmmac: docs/examples/policies/000-kvmmac.json against its privacy policy (reference policy
// 000), which has no cookie section: essential only (essential-only.ts).
import { essentialOnly } from './essential-only'

essentialOnly('000-kvmmac')
