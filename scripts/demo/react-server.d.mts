// Types of react-server.mjs.
import type { StandIns } from '../serve/stand-ins.mjs'

export const REACT_BASE: string

export function startReactServer(options: {
  root: string
  port: number
  env: { collectorUrl: string; siteUrl: string }
  standIns: StandIns
}): Promise<{ url: string; port: number; close(): Promise<void> }>
