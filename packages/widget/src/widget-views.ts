// The `@assent/widget/views` entry: the banner, dialog, styles and English texts, imported
// statically. `mountWidget(consent, { views: widgetViews })` keeps them in your bundle instead
// of the `import()` chunk that is fetched only when they are needed (docs/widget.md, "Loading").
export { createWidget as widgetViews } from './create-widget'
