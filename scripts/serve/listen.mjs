// Listen on 127.0.0.1 and report the URL under `localhost` (a secure context for the browser).

/**
 * Resolves `{ url, port, close() }` once the server listens; rejects if the port is taken.
 * `portHint` names the setting that picks another port, for that error message.
 */
export function listen(server, port, portHint = 'the ASSENT_DEMO_*_PORT variables') {
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`port ${port} is in use (set another with ${portHint})`))
      } else reject(error)
    })
    server.listen(port, '127.0.0.1', () => {
      const actual = server.address().port
      resolve({
        url: `http://localhost:${actual}`,
        port: actual,
        close: () =>
          new Promise((done) => {
            server.close(() => done())
            server.closeAllConnections()
          }),
      })
    })
  })
}
