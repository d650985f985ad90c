// The service worker (sw.js): registered once the analyzer is ready (or has
// failed), so the precache revalidates files this page already fetched
// instead of racing it for the wasm module and the models.
let registered = false;

export function registerServiceWorker() {
  if (registered || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  registered = true;
  navigator.serviceWorker.register('./sw.js', { scope: './' }).catch((e) => {
    console.warn('Resalta: service worker not registered:', e.message);
  });
}
