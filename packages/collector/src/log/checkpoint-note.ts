import * as crypto from 'node:crypto'
import type { LogKey } from './log-key.js'

/**
 * The C2SP tlog-checkpoint body: origin, tree size, base64 root hash, one per line, each
 * ending in a newline.
 */
export function checkpointBody(origin: string, size: number, root: Buffer): string {
  return `${origin}\n${size}\n${root.toString('base64')}\n`
}

/**
 * Sign a note text (C2SP signed-note): the text, a blank line, then
 * `— <key name> base64(key ID ‖ Ed25519 signature over the text)`.
 */
export function signNote(text: string, key: LogKey): string {
  const signature = crypto.sign(null, Buffer.from(text, 'utf8'), key.privateKey)
  const blob = Buffer.concat([key.id, signature]).toString('base64')
  return `${text}\n\u2014 ${key.name} ${blob}\n`
}
