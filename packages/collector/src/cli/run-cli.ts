import { parseArgs } from 'node:util'
import { categoriesCommand } from './categories-command.js'
import type { CliIo } from './cli-io.js'
import { exportCommand } from './export-command.js'
import { HELP } from './help.js'
import { type CliConfig, loadConfig } from './load-config.js'
import { auditCommand, keygenCommand, verifyReceiptCommand } from './log-commands.js'
import { migrateCommand, purgeCommand, verifyCommand } from './maintenance-commands.js'
import { serveCommand } from './serve-command.js'

export type { CliIo } from './cli-io.js'

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  config: { type: 'string' },
  db: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  site: { type: 'string', multiple: true },
  'ip-prefix': { type: 'boolean' },
  'ua-family': { type: 'boolean' },
  'trust-proxy': { type: 'string' },
  'region-header': { type: 'string' },
  'region-subdivision-header': { type: 'string' },
  'region-db': { type: 'string' },
  'rate-limit': { type: 'string' },
  'admin-auth-limit': { type: 'string' },
  retention: { type: 'string' },
  'purge-every': { type: 'string' },
  'header-timeout': { type: 'string' },
  'body-timeout': { type: 'string' },
  debug: { type: 'boolean' },
  'older-than': { type: 'string' },
  format: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  action: { type: 'string' },
  out: { type: 'string' },
  prune: { type: 'boolean' },
  'log-key': { type: 'string' },
  log: { type: 'string' },
  'checkpoint-every': { type: 'string' },
  'checkpoint-records': { type: 'string' },
  witness: { type: 'string' },
  checkpoint: { type: 'string' },
  key: { type: 'string' },
  record: { type: 'string' },
  proof: { type: 'string' },
  origin: { type: 'string' },
} as const

type Command = (config: CliConfig, flags: Record<string, unknown>, io: CliIo) => Promise<number>
const COMMANDS: Record<string, Command> = {
  serve: serveCommand,
  export: exportCommand,
  purge: purgeCommand,
  verify: (config, flags, io) =>
    flags.checkpoint !== undefined
      ? auditCommand(config, flags, io)
      : verifyCommand(config, flags, io),
  'verify-receipt': verifyReceiptCommand,
  keygen: keygenCommand,
  migrate: migrateCommand,
  categories: categoriesCommand,
}

/**
 * Run `assent-collector <command> …` and resolve to the exit code. Errors are printed as
 * one line naming the problem, never a stack trace.
 */
export async function runCli(
  argv: string[],
  io: CliIo = { stdout: process.stdout, stderr: process.stderr, env: process.env },
): Promise<number> {
  const [name, ...rest] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(`${HELP.main}\n`)
    return name === undefined ? 1 : 0
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    io.stderr.write(`assent-collector: unknown command "${name}"\n\n${HELP.main}\n`)
    return 1
  }
  try {
    const { values } = parseArgs({
      args: rest,
      options: OPTIONS,
      strict: true,
      allowPositionals: false,
    })
    if (values.help) {
      io.stdout.write(`${HELP[name]}\n`)
      return 0
    }
    return await command(loadConfig(values, io.env, name), values, io)
  } catch (error) {
    io.stderr.write(
      `assent-collector ${name}: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    return 1
  }
}
