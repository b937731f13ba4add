import { widgetSuite } from './create-widget.suite'

widgetSuite('Preact')
