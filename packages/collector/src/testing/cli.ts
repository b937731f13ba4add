import { PassThrough } from 'node:stream'
import { runCli } from '../cli/run-cli.js'

/** Run `assent-collector …args` in-process; its exit code and what it printed. */
export async function cli(args: string[], env: Record<string, string> = {}) {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let out = ''
  let err = ''
  stdout.on('data', (d) => {
    out += d
  })
  stderr.on('data', (d) => {
    err += d
  })
  const code = await runCli(args, { stdout, stderr, env })
  return { code, out, err }
}
