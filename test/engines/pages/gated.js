// A script the page marks data-assent="analytics": it may only run after consent.
window.gatedRuns = (window.gatedRuns || 0) + 1
