/**
 * A page whose one load is many exchanges, as on a real site: a redirect to the page, a
 * stylesheet sent in chunks, a web font, two images, a script that adds a third image and asks for
 * JSON over XHR, and answers with repeated and mixed-case headers. And a page that reaches for an
 * address given in its query (`to`: host:port), which the guard must refuse and the capture list.
 */
import fs from 'node:fs';
import { sendText, type Route } from './fixture-http.js';
import { fixturePng } from './media.fixture.js';
import { MEDIA } from './scenario.js';

export const LOAD_PAGES = {
  /** Redirects (302) to `page`. */
  start: '/load/start',
  page: '/load/page.html',
  /** Loads an image and a fetch from `?to=host:port`. */
  reaching: '/load/reaching.html',
} as const;

/** Every subresource the page loads, by what it is. */
export const LOAD_PARTS = {
  stylesheet: '/load/style.css',
  font: '/load/serif.ttf',
  photo: '/load/photo.png',
  image: MEDIA.jpeg.path,
  script: '/load/app.js',
  scriptImage: '/load/late.png',
  xhr: '/load/data.json',
} as const;

/** What the XHR answers and the script writes into the page. */
export const XHR_ANSWER = { appeal: 'Seen near the station at 21:40' };

/** A real TrueType font from Debian's fonts-dejavu-core, which casegraph's setup installs. */
const FONT_FILE = '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf';

const page = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Appeal with everything</title>
<meta name="description" content="A page of many parts">
<link rel="stylesheet" href="${LOAD_PARTS.stylesheet}">
</head><body>
<h1>Appeal with everything</h1>
<p id="answer">waiting</p>
<img src="${LOAD_PARTS.photo}" alt="photo" width="32" height="32">
<img src="${LOAD_PARTS.image}" alt="jpeg" width="16" height="16">
<script src="${LOAD_PARTS.script}"></script>
</body></html>
`;

const style = [
  `@font-face { font-family: "Fixture Serif"; src: url("${LOAD_PARTS.font}") format("truetype"); }\n`,
  'h1 { font-family: "Fixture Serif", serif; color: #123; }\n',
];

const script = `const img = document.createElement('img');
img.src = '${LOAD_PARTS.scriptImage}';
img.width = 8; img.height = 8; img.alt = 'added by script';
document.body.appendChild(img);
const xhr = new XMLHttpRequest();
xhr.open('GET', '${LOAD_PARTS.xhr}');
xhr.onload = () => { document.getElementById('answer').textContent = JSON.parse(xhr.responseText).appeal; };
xhr.send();
`;

const reaching = (to: string) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Reaching</title></head><body>
<p>Reaching out</p><img src="http://${to}/pixel.png" alt="">
<script>fetch('http://${to}/beacon').catch(() => undefined);</script>
</body></html>
`;

export const webLoadRoutes: Route = ({ res, url }) => {
  switch (url.pathname) {
    case LOAD_PAGES.start:
      res.writeHead(302, { Location: LOAD_PAGES.page, 'Content-Length': '0' }).end();
      return true;
    case LOAD_PAGES.page:
      return sendText(res, 200, page, 'text/html; charset=utf-8');
    case LOAD_PAGES.reaching:
      return sendText(res, 200, reaching(url.searchParams.get('to') ?? 'example.invalid'), 'text/html');
    case LOAD_PARTS.stylesheet:
      // No length: Node sends it chunked, one chunk per write, as many servers do.
      res.writeHead(200, { 'Content-Type': 'text/css' });
      res.write(style[0]);
      res.end(style[1]);
      return true;
    case LOAD_PARTS.font:
      return sendText(res, 200, fs.readFileSync(FONT_FILE), 'font/ttf');
    case LOAD_PARTS.photo:
    case LOAD_PARTS.scriptImage:
      return sendText(res, 200, fixturePng(), 'image/png', { 'Cache-Control': 'no-store' });
    case LOAD_PARTS.script:
      return sendText(res, 200, script, 'text/javascript');
    case LOAD_PARTS.xhr:
      res.setHeader('X-Fixture-Note', ['first', 'second']);
      res.setHeader('X-MiXeD-Case', 'kept');
      return sendText(res, 200, JSON.stringify(XHR_ANSWER), 'application/json');
    default:
      return false;
  }
};
