import { widgetContentSuite } from './create-widget-content.suite'
import { widgetDialogSuite } from './create-widget-dialog.suite'

widgetDialogSuite('Preact')
widgetContentSuite('Preact')
