import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { expect, test } from '@playwright/test'
import { DOCS, ROOT } from './doc-snippets'

// Every relative link in docs/ and the README points at a file that exists, and every
// `#anchor` at a heading of that file (GitHub's slugs).

const slug = (heading: string) =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-')

const anchors = (file: string) =>
  new Set(
    readFileSync(file, 'utf8')
      .replace(/^```[\s\S]*?^```/gm, '')
      .split('\n')
      .filter((line) => /^#{1,6} /.test(line))
      .map((line) => slug(line.replace(/^#+ /, ''))),
  )

const pages = [
  join(ROOT, 'README.md'),
  ...readdirSync(DOCS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => join(DOCS, f)),
]

for (const page of pages) {
  test(`${page.slice(ROOT.length + 1)}: relative links resolve`, () => {
    const text = readFileSync(page, 'utf8').replace(/^```[\s\S]*?^```/gm, '')
    const broken: string[] = []
    for (const [, target = ''] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue
      const [path = '', anchor] = target.split('#')
      const file = path ? join(dirname(page), path) : page
      if (!existsSync(file)) broken.push(`${target}: no such file`)
      else if (anchor && file.endsWith('.md') && !anchors(file).has(anchor))
        broken.push(`${target}: no such heading`)
    }
    expect(broken).toEqual([])
  })
}
