// The visitor's browser sends Global Privacy Control: for engines that have no setting for
// it (Chromium, WebKit); Firefox's own preference is used there instead.
Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true })
