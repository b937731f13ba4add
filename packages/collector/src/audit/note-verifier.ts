import { createHash, createPublicKey, verify } from 'node:crypto'
import type { ParsedCheckpoint } from './parse-checkpoint.js'

/** A verifier key (`name+hexid+base64(0x01 ‖ Ed25519 public key)`), parsed. */
export interface VerifierKey {
  name: string
  keyId: Buffer
  publicKey: Buffer
}

/** Parse a C2SP Ed25519 verifier key; throws naming the problem. */
export function parseVerifierKey(text: string): VerifierKey {
  // name+keyid+base64, where the base64 may itself contain "+".
  const m = /^([^+\s]+)\+([^+]+)\+(\S+)$/.exec(text.trim())
  if (!m)
    throw new Error(
      'not a verifier key (expected name+keyid+base64, as /.well-known/assent-log-key)',
    )
  const [, name = '', hexId = '', b64 = ''] = m
  const raw = Buffer.from(b64, 'base64')
  if (!/^[0-9a-f]{8}$/i.test(hexId) || raw.length !== 33 || raw[0] !== 0x01)
    throw new Error('the verifier key is not an Ed25519 key (type 0x01, 32 bytes)')
  const publicKey = raw.subarray(1)
  // C2SP: key ID = SHA-256(key name || 0x0A || 0x01 || public key)[:4]
  const id = createHash('sha256')
    .update(`${name}\n`)
    .update(Uint8Array.of(1))
    .update(publicKey)
    .digest()
    .subarray(0, 4)
  if (id.toString('hex') !== hexId.toLowerCase())
    throw new Error(`the verifier key's id ${hexId} does not match its name and key`)
  return { name, keyId: id, publicKey }
}

/**
 * True when a signature by this key verifies over the note text. Signatures from other keys
 * are ignored (C2SP); one from this key that fails makes the whole note fail.
 */
export function noteSignedBy(note: ParsedCheckpoint, key: VerifierKey): boolean {
  const spki = Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), key.publicKey])
  const publicKey = createPublicKey({ key: spki, format: 'der', type: 'spki' })
  const mine = note.signatures.filter((s) => s.name === key.name && s.keyId.equals(key.keyId))
  if (mine.length === 0) return false
  return mine.every(
    (s) =>
      s.signature.length === 64 && verify(null, Buffer.from(note.text), publicKey, s.signature),
  )
}
