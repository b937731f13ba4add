import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { auditLog } from '../audit/audit-log.js'
import { parseVerifierKey, type VerifierKey } from '../audit/note-verifier.js'
import { CheckpointError } from '../audit/parse-checkpoint.js'
import { type ReceiptProof, verifyReceipt } from '../audit/verify-receipt.js'
import { generateLogKey, loadLogKey } from '../log/log-key.js'
import { openStore } from '../stores/open-store.js'
import { verifyTexts } from '../verify-texts.js'
import type { CliIo } from './cli-io.js'
import type { CliConfig } from './load-config.js'

const read = (file: string, what: string): string => {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(`${what} ${file}: ${code === 'ENOENT' ? 'not found' : `unreadable (${code})`}`)
  }
}

/** `--key` as a file holding the verifier key, or the key text itself. */
function verifierKey(flag: string | undefined, config: CliConfig): VerifierKey {
  if (flag !== undefined) {
    const text = existsSync(flag) ? read(flag, 'key file') : flag
    try {
      return parseVerifierKey(text)
    } catch (error) {
      throw new Error(`--key ${flag}: ${(error as Error).message}`)
    }
  }
  const own = loadLogKey(config.logKey)
  if (!own)
    throw new Error(
      "--key <file|key> is required (the log's public key, /.well-known/assent-log-key)",
    )
  return parseVerifierKey(own.verifier)
}

/** `assent-collector keygen --origin NAME --out FILE`: a new Ed25519 log key. */
export async function keygenCommand(
  _config: CliConfig,
  flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  const origin = flags.origin as string | undefined
  const out = flags.out as string | undefined
  if (!origin) throw new Error('--origin <name> is required, e.g. consent.example/log')
  if (!out) throw new Error('--out <file> is required: where to write the secret key')
  if (existsSync(out)) throw new Error(`--out ${out} exists; refusing to overwrite a log key`)
  const { signer, verifier } = generateLogKey(origin)
  writeFileSync(out, `${signer}\n`, { mode: 0o600, flag: 'wx' })
  io.stdout.write(`${verifier}\n`)
  io.stderr.write(
    `wrote the signing key to ${out} (keep it secret; back it up). Publish the line above: it is the public key.\n`,
  )
  return 0
}

/** `assent-collector verify --checkpoint FILE [--key K]`: the whole store against a checkpoint. */
export async function auditCommand(
  config: CliConfig,
  flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  const file = flags.checkpoint as string
  const text = read(file, 'checkpoint')
  const key = verifierKey(flags.key as string | undefined, config)
  const store = openStore(config.db, { create: false })
  try {
    if (!store.log) throw new Error(`the ${store.kind} store keeps no log`)
    const report = await auditLog(store.log, text, key).catch((error) => {
      if (error instanceof CheckpointError) throw new Error(`checkpoint ${file}: ${error.message}`)
      throw error
    })
    const w = (line: string) => io.stdout.write(`${line}\n`)
    w(`checkpoint ${report.origin}, size ${report.checkpointSize}, key ${key.name}`)
    w(
      `read ${report.leaves} leaves: ${report.receipts} receipts, ${report.tombstones} erased (tombstones), ${report.erasures} erasures`,
    )
    if (report.pending > 0)
      w(
        `${report.pending} receipts stored since are not yet leaves: a running collector makes them leaves at its next checkpoint`,
      )
    for (const f of report.findings)
      w(
        `FAIL ${f.leaf === null ? '' : `leaf ${f.leaf} `}${f.receiptId ? `(receipt ${f.receiptId}) ` : ''}${f.problem}`,
      )
    // The texts receipts name by hash are no leaves: each must still hash to its key.
    const texts = await verifyTexts(store)
    for (const m of texts.mismatches)
      w(`FAIL texts ${m.hash} (site ${m.siteId}) the stored bundle hashes to ${m.computed}`)
    if (texts.mismatches.length) return 1
    if (report.ok) {
      w(
        `OK: the store holds the checkpoint's ${report.checkpointSize} leaves unchanged, and its root matches`,
      )
      return 0
    }
    if (report.firstBadLeaf !== null) w(`first leaf that differs: ${report.firstBadLeaf}`)
    return 1
  } finally {
    await store.close()
  }
}

/** `assent-collector verify-receipt --record R --proof P --key K`: one record, offline. */
export async function verifyReceiptCommand(
  config: CliConfig,
  flags: Record<string, unknown>,
  io: CliIo,
): Promise<number> {
  const recordFile = flags.record as string | undefined
  const proofFile = flags.proof as string | undefined
  if (!recordFile || !proofFile) throw new Error('--record <file> and --proof <file> are required')
  const json = (file: string, what: string) => {
    try {
      return JSON.parse(read(file, what).trim().split('\n')[0] ?? '')
    } catch (error) {
      if (error instanceof SyntaxError) throw new Error(`${what} ${file}: not JSON`)
      throw error
    }
  }
  const record = json(recordFile, 'record')
  const proof = json(proofFile, 'proof') as ReceiptProof
  const key = verifierKey(flags.key as string | undefined, config)
  let verdict: ReturnType<typeof verifyReceipt>
  try {
    verdict = verifyReceipt(record, proof, key)
  } catch (error) {
    if (error instanceof CheckpointError)
      throw new Error(`proof ${proofFile}: checkpoint ${error.message}`)
    throw error
  }
  if (verdict.ok) {
    io.stdout.write(
      `OK: receipt ${proof.receiptId} is leaf ${verdict.leafIndex} of the ${verdict.treeSize}-leaf log ${verdict.origin}, signed by ${key.name}\n`,
    )
    return 0
  }
  io.stdout.write(`FAIL: ${verdict.problem}\n`)
  return 1
}
