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
  verify    Recompute every record's SHA-256; with --checkpoint, check the whole log
  verify-receipt  Check one exported receipt against its proof, offline
  keygen    Make the Ed25519 key that signs the log's checkpoints
  migrate   Apply pending database migrations
  categories  List each site's stored category ids; prune undeclared ones

Run "assent-collector <command> --help" for a command's options.`,
  serve: `Usage: assent-collector serve [options]

Run the collector over HTTP. Migrates the database first. Stops gracefully on SIGTERM/SIGINT.

Options:
  --port <n>             Port (default 8787)                                      [ASSENT_PORT]
  --host <addr>          Interface (default 127.0.0.1; 0.0.0.0 for all)           [ASSENT_HOST]
  --site "<id>=<origins> [categories=<ids>] [max-categories=<n>]"
                         Allowed site, its origins (comma-separated), and the category
                         ids its receipts may carry; repeatable [ASSENT_SITES, ";"-separated]
                         e.g. --site "shop=https://shop.example categories=analytics,marketing"
                         Without categories=, ids are learned from receipts up to
                         max-categories (default 32); others are refused with 400
  --ip-prefix            Store the client's IPv4 /24 or IPv6 /48                   [ASSENT_IP_PREFIX=1]
  --ua-family            Store the browser family (no version)                     [ASSENT_UA_FAMILY=1]
  --trust-proxy <addrs>  Your reverse proxies' addresses or CIDRs, comma-separated   [ASSENT_TRUST_PROXY]
                         (e.g. 127.0.0.1,::1): X-Forwarded-For is read only from them
  --region-header <h>    GET /v1/region: trusted country header, e.g. CF-IPCountry [ASSENT_REGION_HEADER]
  --region-subdivision-header <h>  its subdivision header   [ASSENT_REGION_SUBDIVISION_HEADER]
  --region-db <file>     GET /v1/region: MMDB IP-to-country database (never logs IPs) [ASSENT_REGION_DB]
  --rate-limit <n|off>   Requests per minute per IP prefix (default 600)           [ASSENT_RATE_LIMIT]
  --admin-auth-limit <n[/dur]|off>
                         Wrong admin tokens per IP prefix, then 429 (10/15m)       [ASSENT_ADMIN_AUTH_LIMIT]
  --retention <dur>      Purge receipts older than this, e.g. 395d                 [ASSENT_RETENTION]
  --purge-every <dur>    How often to purge when --retention is set (default 24h)  [ASSENT_PURGE_EVERY]
  --header-timeout <dur> Longest wait for a request's headers, then 408 (10s)     [ASSENT_HEADER_TIMEOUT]
  --body-timeout <dur>   Longest further wait for its body, then 408 (10s)        [ASSENT_BODY_TIMEOUT]
  --debug                Also log routine events (clients hanging up mid-body)    [ASSENT_DEBUG=1]
  --log-key <file>       Sign log checkpoints with this key (keygen writes it)     [ASSENT_LOG_KEY_FILE, or the key in ASSENT_LOG_KEY]
  --checkpoint-every <dur>  Sign a checkpoint this often while receipts arrive (10s) [ASSENT_CHECKPOINT_EVERY]
  --checkpoint-records <n>  ...or once this many receipts arrived (1000)          [ASSENT_CHECKPOINT_RECORDS]
  --witness <url>        POST each new checkpoint here                             [ASSENT_WITNESS_URL]
  --log <on|off>         Keep the receipt log (default on; see docs/evidence.md)   [ASSENT_LOG]
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

Recompute each record's SHA-256 over its canonical form, and each stored text bundle's
textHash; exit 1 if any row was altered. With --checkpoint, check the whole store against a
saved signed checkpoint instead: every leaf, every erasure, the Merkle root, and the text
bundles; exit 1 naming the first leaf that differs.

Options:
  --site <id>            Only this site (without --checkpoint)
  --checkpoint <file>    A checkpoint saved from GET /v1/log/checkpoint
  --key <file|key>       The log's public key (GET /.well-known/assent-log-key);
                         default: the public half of --log-key / ASSENT_LOG_KEY_FILE
${COMMON}`,
  categories: `Usage: assent-collector categories [options]

List each configured site's stored category ids (each one a CSV column) and whether the site
declares it. Sites and their categories come from --config or ASSENT_SITES.

Options:
  --site <id>            Only this site
  --prune                Forget stored ids the site does not declare (receipts keep them;
                         they stop being CSV columns and stats entries)
${COMMON}`,
  'verify-receipt': `Usage: assent-collector verify-receipt --record <file> --proof <file> --key <file|key>

Check one receipt offline, with the log's public key alone: its content against its hash,
and its inclusion proof against the signed checkpoint the proof carries. Exit 1 if not.

Options:
  --record <file>        The record (GET /v1/receipts/:id, or its line of an NDJSON export)
  --proof <file>         Its proof (GET /v1/receipts/:id/proof)
  --key <file|key>       The log's public key (GET /.well-known/assent-log-key)
  -h, --help             Show this help`,
  keygen: `Usage: assent-collector keygen --origin <name> --out <file>

Make an Ed25519 key for signing the log's checkpoints (C2SP signed note). Writes the secret
key to <file> (mode 600, never overwritten) and prints the public key to publish.

Options:
  --origin <name>        The log's name, a schema-less URL you control (consent.example.com/log)
  --out <file>           Where to write the secret key
  -h, --help             Show this help`,
  migrate: `Usage: assent-collector migrate [options]

Apply pending schema migrations and print which ran.
${COMMON}`,
}
