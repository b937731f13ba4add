// Child processes the WebKit driver needs: a free port, a WebDriver server that listens,
// and a virtual display.
import { type ChildProcess, spawn } from 'node:child_process'
import { createConnection, createServer } from 'node:net'

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** Resolves once something accepts connections on 127.0.0.1:`port`; fails if `child` exits. */
export async function waitForPort(port: number, child: ChildProcess, ms = 10_000): Promise<void> {
  const until = Date.now() + ms
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`${child.spawnfile} exited (${child.exitCode})`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' })
      socket.once('connect', () => {
        socket.end()
        resolve(true)
      })
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`${child.spawnfile} did not listen on port ${port} within ${ms} ms`)
}

/** Xvfb on the first free display (it writes the number it took to fd 3). */
export function startXvfb(): Promise<{ child: ChildProcess; display: string }> {
  const child = spawn(
    'Xvfb',
    ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'],
    {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    },
  )
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('Xvfb did not start within 10 s')), 10_000)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`Xvfb could not start (${error.message}); install it: apt-get install xvfb`))
    })
    child.stdio[3]?.once('data', (data: Buffer) => {
      clearTimeout(timer)
      resolve({ child, display: `:${data.toString().trim()}` })
    })
  })
}
