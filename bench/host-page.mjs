// The host page every benchmark scenario loads. Only `headTags` and the attributes of the
// footer's "Cookie settings" link differ between libraries, so any difference in the numbers
// comes from the consent library.

/**
 * Renders the benchmark host page with a library's tags placed at the end of <head>, and its
 * footer link that reopens the preferences (`settingsLink`: the attributes its docs give such
 * a link; null: a page without one).
 */
export function hostPage({ title, headTags, settingsLink }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Harbour Hosting — ${title}</title>
<link rel="stylesheet" href="/host.css">
${headTags.join('\n')}
</head>
<body>
<header>
  <span class="brand">Harbour Hosting</span>
  <nav><a href="/">Home</a><a href="/plans">Plans</a><a href="/support">Support</a><a href="/privacy">Privacy</a></nav>
</header>
<main>
  <h1>Fast, quiet hosting for small businesses</h1>
  <p>Harbour Hosting runs websites, shops and mailboxes for small businesses in Hong Kong,
  Tokyo and Seoul. Every plan includes daily backups, free certificates and people who
  answer the phone.</p>
  <div class="plans">
    <div class="plan"><strong>Starter</strong>One site, 10 GB storage, e-mail for five people.</div>
    <div class="plan"><strong>Business</strong>Ten sites, 100 GB storage, staging copies.</div>
    <div class="plan"><strong>Shop</strong>A managed shop with payments and nightly reports.</div>
  </div>
  <h2>Why customers move to us</h2>
  <p>Our data centres are close to your visitors, so pages load quickly. We patch the
  operating system for you, watch the disks, and tell you before anything fills up.
  Moving is free: we copy your site, test it, and switch when you are ready.</p>
  <p>We keep the control panel simple. Adding a mailbox, a domain or a database takes one
  form, and every change is written to a log you can read.</p>
  <h2>Privacy</h2>
  <p>We use essential cookies to keep you signed in. Analytics (Google Analytics and our
  own Matomo) and preference cookies are used only with your consent, which you can
  withdraw at any time.</p>
  <p>Questions? Write to support or call us any day between eight and eight.</p>
</main>
<footer>© Harbour Hosting · <a href="/privacy">Privacy policy</a>${
    settingsLink == null ? '' : ` · <a href="#cookie-settings" ${settingsLink}>Cookie settings</a>`
  }</footer>
</body>
</html>
`
}
