import { runCli } from './cli/run-cli.js'

// The `assent-collector` binary. The shebang is added by rollup.config.mjs.
runCli(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error) => {
    process.stderr.write(
      `assent-collector: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    process.exitCode = 1
  },
)
