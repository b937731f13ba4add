window.order.push(`c:${document.currentScript?.className}:${document.currentScript?.dataset.x}`)
