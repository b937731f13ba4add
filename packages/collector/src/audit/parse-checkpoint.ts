/** A checkpoint file, parsed but not yet trusted: check `signatures` against a key first. */
export interface ParsedCheckpoint {
  /** The signed note text (the three checkpoint lines and any extension lines). */
  text: string
  origin: string
  size: number
  root: Buffer
  signatures: { name: string; keyId: Buffer; signature: Buffer }[]
}

/** A checkpoint that does not parse; `line` is 1-based. */
export class CheckpointError extends Error {
  constructor(
    readonly line: number,
    problem: string,
  ) {
    super(`line ${line}: ${problem}`)
  }
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/

/**
 * Parse a C2SP signed note holding a C2SP tlog-checkpoint: origin, decimal tree size, base64
 * root hash, optional extension lines, a blank line, then `— name base64(keyID ‖ sig)` lines.
 * Throws `CheckpointError` naming the first line that is wrong.
 */
export function parseCheckpoint(file: string): ParsedCheckpoint {
  // C2SP: no ASCII control characters other than newline.
  for (let i = 0; i < file.length; i++) {
    const code = file.charCodeAt(i)
    if (code < 0x20 && code !== 0x0a)
      throw new CheckpointError(file.slice(0, i).split('\n').length, 'control character')
  }
  const lines = file.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  else throw new CheckpointError(lines.length, 'the note must end with a newline')
  // The text ends at the last blank line; signatures follow it.
  const blank = lines.lastIndexOf('')
  if (blank < 0) throw new CheckpointError(lines.length, 'no blank line before the signatures')
  const body = lines.slice(0, blank)
  const origin = body[0] ?? ''
  if (origin === '') throw new CheckpointError(1, 'the origin line is empty')
  const sizeText = body[1]
  if (sizeText === undefined || !/^(0|[1-9][0-9]*)$/.test(sizeText))
    throw new CheckpointError(2, 'the tree size is not a decimal number')
  const size = Number(sizeText)
  if (!Number.isSafeInteger(size)) throw new CheckpointError(2, 'the tree size is too large')
  const rootText = body[2] ?? ''
  const root = Buffer.from(rootText, 'base64')
  if (!BASE64.test(rootText) || root.length !== 32 || root.toString('base64') !== rootText)
    throw new CheckpointError(3, 'the root hash is not 32 bytes of base64')
  body.slice(3).forEach((extension, i) => {
    if (extension === '') throw new CheckpointError(4 + i, 'empty extension line')
  })
  const signatures = lines.slice(blank + 1).map((line, i) => {
    const n = blank + 2 + i
    const m = /^\u2014 (\S+) (\S+)$/.exec(line)
    if (!m) throw new CheckpointError(n, 'not a signature line ("— name signature")')
    const blob = Buffer.from(m[2] as string, 'base64')
    if (!BASE64.test(m[2] as string) || blob.length < 5)
      throw new CheckpointError(n, 'the signature is not base64 of a key ID and a signature')
    return { name: m[1] as string, keyId: blob.subarray(0, 4), signature: blob.subarray(4) }
  })
  if (signatures.length === 0) throw new CheckpointError(lines.length, 'no signature lines')
  return { text: `${body.join('\n')}\n`, origin, size, root, signatures }
}
