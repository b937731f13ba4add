// clonzone: docs/examples/policies/004-clonzone.json against its privacy policy (reference
// policy 004), the same template as 000 without a cookie section: essential only.
import { essentialOnly } from './essential-only'

essentialOnly('004-clonzone')
