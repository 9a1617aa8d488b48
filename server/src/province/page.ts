// The public page /province (phone and TV): every site with its waiting tickets and estimated wait
// per department, online or when last seen, filterable by procedure ("where is it quickest to submit
// this today"). One HTML page with a small script that reads GET /api/province/sites every 10 s; no
// build step. Text in Vietnamese first, English second.
import type { FastifyInstance } from 'fastify';

const SCRIPT = `
const $ = (s) => document.querySelector(s);
const esc = (t) => String(t).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const when = (iso) => iso ? new Date(iso).toLocaleString('vi-VN', { hour: '2-digit', minute: '2-digit', day: '2-digit', month: '2-digit' }) : 'chưa kết nối / never';
async function load() {
  const procedure = $('#procedure').value.trim();
  const q = /^[0-9][0-9.]*$/.test(procedure) ? '?procedure=' + encodeURIComponent(procedure) : '';
  try {
    const r = await fetch('/api/province/sites' + q);
    const sites = await r.json();
    if (!r.ok) throw new Error(sites.error?.messageVi ?? r.status);
    const eta = (d) => d.etaMinutes === null ? '–' : d.etaMinutes + ' phút / min';
    const best = sites.filter((s) => s.online).flatMap((s) => s.departments.filter((d) => d.etaMinutes !== null).map((d) => ({ s, d }))).sort((a, b) => a.d.etaMinutes - b.d.etaMinutes)[0];
    $('#best').textContent = best ? 'Nhanh nhất / Quickest: ' + best.s.name + ' · ' + best.d.code + ' · ' + eta(best.d) : '';
    $('#sites').innerHTML = sites.map((s) => '<section class="site ' + (s.online ? 'on' : 'off') + '"><h2>' + esc(s.name) + '</h2><p class="state">'
      + (s.online ? 'Đang hoạt động / Online' : 'Mất kết nối từ / Offline since ' + esc(when(s.lastSeenAt))) + '</p>'
      + (s.departments.length === 0 ? '<p>Không có ai chờ / No one waiting</p>' : '<table><thead><tr><th>Đơn vị / Dept.</th><th>Đang chờ / Waiting</th><th>Quầy mở / Open</th><th>Chờ dự kiến / Est. wait</th></tr></thead><tbody>'
      + s.departments.map((d) => '<tr><td>' + esc(d.code) + '</td><td>' + d.waiting + '</td><td>' + d.serving + '</td><td>' + esc(eta(d)) + '</td></tr>').join('') + '</tbody></table>')
      + '</section>').join('');
    $('#updated').textContent = 'Cập nhật / Updated ' + new Date().toLocaleTimeString('vi-VN');
  } catch (e) {
    $('#updated').textContent = 'Không tải được / Could not load: ' + e.message;
  }
}
$('#procedure').addEventListener('change', load);
$('#form').addEventListener('submit', (e) => { e.preventDefault(); load(); });
load();
setInterval(load, 10000);
`;

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Nơi nộp hồ sơ nhanh nhất hôm nay / Where it is quickest today</title>
<style>
body{font:18px system-ui,sans-serif;margin:0 auto;padding:1em;max-width:110em;line-height:1.4;background:#f6f7f9;color:#111}
h1{font-size:1.6em;margin:.2em 0}#best{font-weight:700;font-size:1.2em;color:#0a5}
#sites{display:grid;grid-template-columns:repeat(auto-fill,minmax(20em,1fr));gap:1em}
.site{background:#fff;border-radius:.5em;padding:.8em;border-left:.4em solid #0a5}.site.off{border-color:#b00;opacity:.8}
.site h2{font-size:1.1em;margin:0}.state{margin:.2em 0;color:#555}table{width:100%;border-collapse:collapse}
th,td{text-align:left;padding:.2em .3em;border-bottom:1px solid #ddd}th{font-size:.8em;color:#555}
input,button{font:inherit;padding:.3em}@media (min-width:1600px){body{font-size:24px}}
</style></head><body>
<h1>Nơi nộp hồ sơ nhanh nhất hôm nay <small>/ Where it is quickest to submit today</small></h1>
<form id="form"><label>Mã thủ tục / Procedure code <input id="procedure" inputmode="decimal" placeholder="1.001234"></label> <button>Xem / Show</button></form>
<p id="best"></p><div id="sites"></div><p id="updated"></p>
<script src="/province/page.js"></script></body></html>`;

export function serveProvincePage(app: FastifyInstance): void {
  app.get('/province', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get('/province/page.js', { schema: { hide: true } }, async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(SCRIPT));
}
