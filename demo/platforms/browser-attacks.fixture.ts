/**
 * Pages that try to reach the network past the page's request interception: a WebSocket, a
 * service worker's own fetch, WebRTC's STUN over UDP, WebTransport over QUIC, and names only DNS
 * could answer. The addresses they aim at come in the query (`to`, `stun`: host:port), since the
 * tests bind them; each page holds its load event open with a slow image so the attempt happens
 * while the page is being rendered.
 */
import { sendText, type Route } from './fixture-http.js';
import { fixturePng } from './media.fixture.js';

export const ATTACK_PAGES = {
  webSocket: '/attacks/websocket.html',
  serviceWorker: '/attacks/service-worker.html',
  webRtc: '/attacks/webrtc.html',
  webTransport: '/attacks/webtransport.html',
  unresolvable: '/attacks/unresolvable.html',
} as const;

/** What the service worker answers for SW_PROBE when it is allowed to answer the page. */
export const SW_ANSWER = 'answered by the service worker';
/** What the fixture server answers for SW_PROBE. */
export const NETWORK_ANSWER = 'answered by the network';
/** The name no resolver here knows; only the guard may try to look it up. */
export const UNRESOLVABLE_HOST = 'example.invalid';

const SW_SCRIPT = '/attacks/sw.js';
const SW_PROBE = '/attacks/sw-probe';
const HOLD = '/attacks/hold.png';

const page = (title: string, holdMs: number, script: string): string => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1><p id="result">waiting</p>
<img src="${HOLD}?ms=${holdMs}" alt="" width="1" height="1">
<script>
const query = new URLSearchParams(location.search);
const show = (text) => { document.getElementById('result').textContent = text; };
${script}
</script></body></html>
`;

const PAGES: Record<string, string> = {
  [ATTACK_PAGES.webSocket]: page(
    'WebSocket',
    800,
    `for (const scheme of ['ws', 'wss']) {
  const socket = new WebSocket(scheme + '://' + query.get('to') + '/probe');
  socket.onopen = () => show(scheme + ' opened');
  socket.onerror = () => show(scheme + ' failed');
}`,
  ),
  [ATTACK_PAGES.serviceWorker]: page(
    'Service worker',
    2500,
    `navigator.serviceWorker.register('${SW_SCRIPT}?to=' + encodeURIComponent(query.get('to')))
  .then(() => navigator.serviceWorker.ready)
  .then(() => new Promise((resolve) => {
    if (navigator.serviceWorker.controller) resolve();
    navigator.serviceWorker.addEventListener('controllerchange', resolve);
    setTimeout(resolve, 1500);
  }))
  .then(() => fetch('${SW_PROBE}'))
  .then((answer) => answer.text())
  .then(show, (error) => show('failed: ' + error));`,
  ),
  [ATTACK_PAGES.webRtc]: page(
    'WebRTC',
    3000,
    `const connection = new RTCPeerConnection({ iceServers: [{ urls: 'stun:' + query.get('stun') }] });
let candidates = 0;
connection.onicecandidate = (event) => { if (event.candidate) show(++candidates + ' candidates'); };
connection.createDataChannel('probe');
connection.createOffer().then((offer) => connection.setLocalDescription(offer));
show('0 candidates');`,
  ),
  [ATTACK_PAGES.webTransport]: page(
    'WebTransport',
    1500,
    `try {
  const transport = new WebTransport('https://' + query.get('to') + '/probe');
  transport.ready.then(() => show('ready'), (error) => show('failed: ' + error));
} catch (error) { show('unavailable: ' + error); }`,
  ),
  [ATTACK_PAGES.unresolvable]: page(
    'Unresolvable',
    800,
    `new WebSocket('ws://${UNRESOLVABLE_HOST}/probe').onerror = () => show('ws failed');
fetch('http://${UNRESOLVABLE_HOST}/').catch(() => undefined);`,
  ),
};

const serviceWorker = `const to = new URL(location.href).searchParams.get('to');
self.addEventListener('install', (event) => {
  self.skipWaiting();
  event.waitUntil(fetch('http://' + to + '/from-service-worker').catch(() => undefined));
});
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).pathname === '${SW_PROBE}') {
    event.respondWith(new Response('${SW_ANSWER}'));
  }
});
`;

export const browserAttackRoutes: Route = ({ res, url }) => {
  const html = PAGES[url.pathname];
  if (html) return sendText(res, 200, html, 'text/html; charset=utf-8');
  if (url.pathname === SW_SCRIPT) return sendText(res, 200, serviceWorker, 'text/javascript');
  if (url.pathname === SW_PROBE) return sendText(res, 200, NETWORK_ANSWER, 'text/plain');
  if (url.pathname === HOLD) {
    const ms = Math.min(Number(url.searchParams.get('ms')) || 0, 10_000);
    return new Promise<boolean>((resolve) =>
      setTimeout(() => resolve(sendText(res, 200, fixturePng(), 'image/png')), ms),
    );
  }
  return false;
};
