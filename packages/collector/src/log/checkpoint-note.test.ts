import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { noteSignedBy, parseVerifierKey } from '../audit/note-verifier.js'
import { parseCheckpoint } from '../audit/parse-checkpoint.js'
import { checkpointBody, signNote } from './checkpoint-note.js'
import { generateLogKey, loadLogKey, parseLogKey } from './log-key.js'

const root = Buffer.alloc(32, 7)

describe('log keys and signed checkpoints', () => {
  test('a generated key signs a checkpoint the auditor verifies with the public key alone', () => {
    const { signer, verifier } = generateLogKey('consent.example/log')
    expect(signer).toMatch(/^PRIVATE\+KEY\+consent\.example\/log\+[0-9a-f]{8}\+/)
    const key = parseLogKey(signer)
    expect(key.verifier).toBe(verifier)
    const note = signNote(checkpointBody(key.name, 42, root), key)
    expect(note).toMatch(
      /^consent\.example\/log\n42\n[A-Za-z0-9+/=]{44}\n\n\u2014 consent\.example\/log \S+\n$/,
    )
    const parsed = parseCheckpoint(note)
    expect(parsed).toMatchObject({ origin: 'consent.example/log', size: 42, root })
    expect(noteSignedBy(parsed, parseVerifierKey(verifier))).toBe(true)
  })

  test('a checkpoint whose size was changed, or signed by another key, does not verify', () => {
    const key = parseLogKey(generateLogKey('consent.example/log').signer)
    const note = signNote(checkpointBody(key.name, 42, root), key)
    const forged = note.replace('\n42\n', '\n43\n')
    expect(noteSignedBy(parseCheckpoint(forged), parseVerifierKey(key.verifier))).toBe(false)
    const other = generateLogKey('consent.example/log').verifier
    expect(noteSignedBy(parseCheckpoint(note), parseVerifierKey(other))).toBe(false)
  })

  test('a missing or corrupt key file is refused with its name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'assent-key-'))
    const missing = join(dir, 'nope.key')
    expect(() => loadLogKey({ file: missing })).toThrow(`log key file ${missing}: not found`)
    const corrupt = join(dir, 'corrupt.key')
    writeFileSync(corrupt, 'PRIVATE+KEY+x+00000000+AAAA\n')
    expect(() => loadLogKey({ file: corrupt })).toThrow(`log key file ${corrupt}: `)
    const { signer } = generateLogKey('a.example/log')
    writeFileSync(corrupt, signer.replace(/\+([0-9a-f]{8})\+/, '+deadbeef+'))
    expect(() => loadLogKey({ file: corrupt })).toThrow(/does not match the key/)
    expect(() => loadLogKey({ text: 'garbage' })).toThrow(/^ASSENT_LOG_KEY: /)
    expect(loadLogKey({})).toBeNull()
  })
})

describe('parseCheckpoint', () => {
  const key = parseLogKey(generateLogKey('consent.example/log').signer)
  const good = signNote(checkpointBody(key.name, 5, root), key)
  const lineOf = (text: string) => {
    try {
      parseCheckpoint(text)
    } catch (error) {
      return (error as Error).message
    }
    return 'parsed'
  }

  test('names the line that does not parse', () => {
    expect(lineOf(good)).toBe('parsed')
    expect(lineOf(good.replace('\n5\n', '\nfive\n'))).toMatch(/^line 2: /)
    expect(lineOf(good.replace('\n5\n', '\n05\n'))).toMatch(/^line 2: /)
    expect(lineOf(good.replace(root.toString('base64'), 'AAAA'))).toMatch(/^line 3: /)
    expect(lineOf(good.replace('\u2014 ', '- '))).toMatch(/^line 5: not a signature line/)
    expect(lineOf(good.slice(0, -1))).toMatch(/must end with a newline/)
    expect(lineOf(`\n${good}`)).toMatch(/^line 1: /)
    expect(lineOf('consent.example/log\n5\n')).toMatch(/no blank line/)
  })
})
