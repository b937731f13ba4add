window.fromA = true
window.order.push('a')
