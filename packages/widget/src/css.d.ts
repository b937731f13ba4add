// The widget's stylesheet, imported as a minified string (vite `?inline`, and the widget's
// rollup config in the build).
declare module '*.css?inline' {
  const css: string
  export default css
}
