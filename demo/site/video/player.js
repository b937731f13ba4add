// biome-ignore-all lint/suspicious/noDocumentCookie: a third-party embed stand-in sets its cookie as embeds do
// The video embed stand-in: sets its session cookie on load (only ever loaded with preference
// consent, by Assent's gate) and "plays" on click.
document.cookie = `vid_session=${Math.random().toString(36).slice(2, 10)}; Path=/; SameSite=Lax`
document.querySelector('.play')?.addEventListener('click', () => {
  document.body.classList.add('playing')
})
