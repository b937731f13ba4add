import * as crypto from 'node:crypto'
import { readFileSync } from 'node:fs'

// DER wrappers around a raw 32-byte Ed25519 seed / public key (RFC 8410).
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex')
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex')
/** C2SP signed-note signature type of Ed25519. */
const ED25519 = 0x01

/** A log signing key, parsed: what the checkpointer signs with. */
export interface LogKey {
  /** The key name, which is also the checkpoint origin. */
  name: string
  /** C2SP key ID: SHA-256(name ‖ 0x0A ‖ 0x01 ‖ public key)[:4]. */
  id: Buffer
  privateKey: crypto.KeyObject
  publicKey: Buffer
  /** The verifier key to publish: `name+hexid+base64(0x01 ‖ public key)`. */
  verifier: string
}

/** C2SP key ID of an Ed25519 public key under a name. */
export function noteKeyId(name: string, publicKey: Buffer): Buffer {
  const input = Buffer.concat([Buffer.from(`${name}\n`), Buffer.from([ED25519]), publicKey])
  return crypto.createHash('sha256').update(input).digest().subarray(0, 4)
}

const checkName = (name: string): string => {
  if (!name || /[\s+]/u.test(name) || name.length > 200)
    throw new Error(`log name "${name}" must be non-empty, without spaces or "+"`)
  return name
}

function fromSeed(name: string, seed: Buffer): LogKey {
  const privateKey = crypto.createPrivateKey({
    key: Buffer.concat([PKCS8_PREFIX, seed]),
    format: 'der',
    type: 'pkcs8',
  })
  const spki = crypto.createPublicKey(privateKey).export({ format: 'der', type: 'spki' })
  const publicKey = Buffer.from(spki.subarray(SPKI_PREFIX.length))
  const id = noteKeyId(name, publicKey)
  const encoded = Buffer.concat([Buffer.from([ED25519]), publicKey]).toString('base64')
  return { name, id, privateKey, publicKey, verifier: `${name}+${id.toString('hex')}+${encoded}` }
}

/**
 * A new Ed25519 log key named `name` (a schema-less URL such as `consent.example/log`), as
 * the signer key text to keep secret and the verifier key text to publish.
 */
export function generateLogKey(name: string): { signer: string; verifier: string } {
  checkName(name)
  const seed = crypto.randomBytes(32)
  const key = fromSeed(name, seed)
  const encoded = Buffer.concat([Buffer.from([ED25519]), seed]).toString('base64')
  return {
    signer: `PRIVATE+KEY+${name}+${key.id.toString('hex')}+${encoded}`,
    verifier: key.verifier,
  }
}

/** Parse a signer key (`PRIVATE+KEY+name+id+base64`); throws naming what is wrong. */
export function parseLogKey(text: string): LogKey {
  // The base64 key may itself hold "+": split off the first four fields only.
  const m = /^PRIVATE\+KEY\+([^+]+)\+([^+]+)\+(.+)$/.exec(text.trim())
  if (!m)
    throw new Error('not a log signing key (expected PRIVATE+KEY+name+id+key, as keygen writes)')
  const [, name = '', hexId = '', b64 = ''] = m
  checkName(name)
  const raw = Buffer.from(b64, 'base64')
  if (raw.length !== 33 || raw[0] !== ED25519 || raw.toString('base64') !== b64)
    throw new Error('the key is not a base64 Ed25519 seed (type 0x01, 32 bytes)')
  const key = fromSeed(name, raw.subarray(1))
  if (key.id.toString('hex') !== hexId.toLowerCase())
    throw new Error(`key id ${hexId} does not match the key (expected ${key.id.toString('hex')})`)
  return key
}

/**
 * The log key from a file (`--log-key`, ASSENT_LOG_KEY_FILE) or the key text itself
 * (ASSENT_LOG_KEY). A missing or corrupt file throws an error naming the file, so the
 * collector refuses to start rather than run without evidence.
 */
export function loadLogKey(source: { file?: string; text?: string }): LogKey | null {
  if (source.file !== undefined) {
    let text: string
    try {
      text = readFileSync(source.file, 'utf8')
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new Error(
        `log key file ${source.file}: ${code === 'ENOENT' ? 'not found' : `unreadable (${code})`}`,
      )
    }
    try {
      return parseLogKey(text)
    } catch (error) {
      throw new Error(`log key file ${source.file}: ${(error as Error).message}`)
    }
  }
  if (source.text !== undefined) {
    try {
      return parseLogKey(source.text)
    } catch (error) {
      throw new Error(`ASSENT_LOG_KEY: ${(error as Error).message}`)
    }
  }
  return null
}
