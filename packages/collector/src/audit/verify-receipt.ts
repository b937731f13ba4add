import type { ReceiptRecord } from '@assent/receipt'
import { noteSignedBy, type VerifierKey } from './note-verifier.js'
import { parseCheckpoint } from './parse-checkpoint.js'
import { recordDigest } from './record-digests.js'
import { hashLeaf, verifyInclusion } from './rfc9162.js'

/** What GET /v1/receipts/:id/proof answers: an inclusion proof against a signed checkpoint. */
export interface ReceiptProof {
  receiptId: string
  leafIndex: number
  treeSize: number
  /** Base64 sibling hashes, lowest first (RFC 9162 §2.1.3). */
  proof: string[]
  /** The C2SP signed checkpoint the proof leads to. */
  checkpoint: string
}

/** What `verifyReceipt` concluded: `ok`, or the first reason it is not. */
export type ReceiptVerdict =
  | { ok: true; leafIndex: number; treeSize: number; origin: string }
  | { ok: false; problem: string }

/**
 * Check one exported record offline, with the log's public key alone: the record's content
 * gives its hash, the hash its RFC 6962 leaf, the proof leads from that leaf to the root of a
 * checkpoint, and the checkpoint carries the log's signature.
 */
export function verifyReceipt(
  record: ReceiptRecord,
  proof: ReceiptProof,
  key: VerifierKey,
): ReceiptVerdict {
  if (record?.receipt?.receiptId !== proof?.receiptId)
    return {
      ok: false,
      problem: `the proof is for receipt ${proof?.receiptId}, not ${record?.receipt?.receiptId}`,
    }
  const { hash, ...content } = record
  const digest = recordDigest(content)
  if (hash !== undefined && hash !== digest)
    return { ok: false, problem: 'the record was changed: its content does not give its hash' }
  const checkpoint = parseCheckpoint(proof.checkpoint)
  if (!noteSignedBy(checkpoint, key))
    return { ok: false, problem: `the checkpoint is not signed by ${key.name}'s key` }
  if (proof.treeSize !== checkpoint.size)
    return {
      ok: false,
      problem: `the proof is for a tree of ${proof.treeSize}, the checkpoint has ${checkpoint.size}`,
    }
  const path = (Array.isArray(proof.proof) ? proof.proof : []).map((p) =>
    Buffer.from(String(p), 'base64'),
  )
  const leaf = hashLeaf(Buffer.from(digest, 'hex'))
  if (!verifyInclusion(leaf, proof.leafIndex, checkpoint.size, path, checkpoint.root))
    return { ok: false, problem: `the record is not leaf ${proof.leafIndex} of the signed tree` }
  return {
    ok: true,
    leafIndex: proof.leafIndex,
    treeSize: checkpoint.size,
    origin: checkpoint.origin,
  }
}
