// Types of stand-ins.mjs.
import type { IncomingMessage, ServerResponse } from 'node:http'

export const STAND_INS: string

export interface StandIns {
  handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<boolean>
  hits: Array<{
    id: number
    vendor: 'ga' | 'matomo'
    event: string
    page: string
    path: string
    cookies: boolean
  }>
}

export function createStandIns(root?: string): StandIns
