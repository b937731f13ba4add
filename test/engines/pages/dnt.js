// The visitor's browser sends Do Not Track: for engines that no longer expose it
// (WebKit removed navigator.doNotTrack); Firefox's own preference is used there instead.
Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' })
