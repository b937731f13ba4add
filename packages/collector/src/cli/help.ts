import { EXPORT_FORMATS, EXPORTERS } from '../export/exporters.js'

/** One help line per export format, from `EXPORTERS` (the first is the default). */
const FORMAT_LINES = EXPORT_FORMATS.map(
  (format, i) =>
    `                         ${format.padEnd(10)}${EXPORTERS[format].description}${i === 0 ? ' (default)' : ''}`,
).join('\n')

const COMMON = `
Store:
  --db <path|url>        SQLite file (default ./receipts.db) or postgres:// URL   [ASSENT_DB]
  --config <file>        JSON config file (see docs/collector.md)                 [ASSENT_CONFIG]
  -h, --help             Show this help`

/** Help text per command; `main` when none is given. */
export const HELP: Record<string, string> = {
  main: `assent-collector: receive, store and export Assent consent receipts

Usage: assent-collector <command> [options]

Commands:
  serve     Run the HTTP collector
  export    Write receipts to a file or stdout (${EXPORT_FORMATS.join(', ')})
  purge     Delete receipts older than the retention period
  verify    Recompute every record's SHA-256 and report altered rows
  migrate   Apply pending database migrations

Run "assent-collector <command> --help" for a command's options.`,
  serve: `Usage: assent-collector serve [options]

Run the collector over HTTP. Migrates the database first. Stops gracefully on SIGTERM/SIGINT.

Options:
  --port <n>             Port (default 8787)                                      [ASSENT_PORT]
  --host <addr>          Interface (default 127.0.0.1; 0.0.0.0 for all)           [ASSENT_HOST]
  --site <id=origins>    Allowed site and its origins, comma-separated; repeatable [ASSENT_SITES, ";"-separated]
                         e.g. --site demo=http://localhost:3000,https://demo.example
  --ip-prefix            Store the client's IPv4 /24 or IPv6 /48                   [ASSENT_IP_PREFIX=1]
  --ua-family            Store the browser family (no version)                     [ASSENT_UA_FAMILY=1]
  --trust-proxy <n>      Reverse proxies in front that append X-Forwarded-For (0)   [ASSENT_TRUST_PROXY]
  --rate-limit <n|off>   Requests per minute per IP prefix (default 600)           [ASSENT_RATE_LIMIT]
  --admin-auth-limit <n[/dur]|off>
                         Wrong admin tokens per IP prefix, then 429 (10/15m)       [ASSENT_ADMIN_AUTH_LIMIT]
  --retention <dur>      Purge receipts older than this, e.g. 395d                 [ASSENT_RETENTION]
  --purge-every <dur>    How often to purge when --retention is set (default 24h)  [ASSENT_PURGE_EVERY]
  Admin token: ASSENT_ADMIN_TOKEN (comma-separated for several).
${COMMON}`,
  export: `Usage: assent-collector export [options]

Stream receipts in receivedAt order, in constant memory.

Options:
  --format <f>           One of:
${FORMAT_LINES}
  --site <id>            Only this site
  --from <date>          From this date or ISO date-time (inclusive)
  --to <date>            Until this date-time (exclusive); a bare date includes that day
  --action <a>           accept-all, reject-all or custom
  --out <file>           Write here instead of stdout
${COMMON}`,
  purge: `Usage: assent-collector purge --older-than <dur> [options]

Delete receipts received longer ago than <dur> (e.g. 395d, 52w); logged in the erasure log.

Options:
  --older-than <dur>     Age limit (default: the config's retention)              [ASSENT_RETENTION]
${COMMON}`,
  verify: `Usage: assent-collector verify [options]

Recompute each record's SHA-256 over its canonical form; exit 1 if any row was altered.

Options:
  --site <id>            Only this site
${COMMON}`,
  migrate: `Usage: assent-collector migrate [options]

Apply pending schema migrations and print which ran.
${COMMON}`,
}
