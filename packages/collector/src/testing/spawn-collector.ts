import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

/** The built CLI; `pnpm test` builds every package before vitest runs. */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url))
export const CLI_BUILT = existsSync(CLI)

/** A collector running as its own process, as in production. */
export interface SpawnedCollector {
  child: ChildProcess
  url: string
  output: () => string
  exited: Promise<number | null>
}

/** Start `assent-collector serve` on a free port and wait until it listens. */
export function spawnCollector(
  args: string[],
  env: Record<string, string> = {},
): Promise<SpawnedCollector> {
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) =>
    child.once('close', (code) => resolve(code)),
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`collector did not start:\n${output}`)), 15_000)
    const onData = (data: Buffer) => {
      output += data.toString()
      const match = /listening on (http:\/\/\S+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve({ child, url: match[1] as string, output: () => output, exited })
      }
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`collector exited with ${code}:\n${output}`))
    })
  })
}
