// The province supervisor's page /province/supervisor: sites offline, departments with tickets
// waiting longer than their target, the report across sites for a range of days with its CSV and
// XLSX files, and the settings published to every site (./settings-form.ts). One HTML page with a
// small script; it signs every request with the supervisor's username and password
// (Authorization: Basic), kept in memory only.
import type { FastifyInstance } from 'fastify';
import { SETTINGS_SCRIPT, SETTINGS_SECTION } from './settings-form.ts';

const SCRIPT = `
const $ = (s) => document.querySelector(s);
const esc = (t) => String(t ?? '–').replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
let auth = null;
const today = new Date(Date.now() + 7 * 3600e3).toISOString().slice(0, 10);
$('#from').value = today; $('#to').value = today;
async function get(path) {
  const r = await fetch(path, { headers: auth ? { authorization: auth } : {} });
  if (!r.ok) { const b = await r.json().catch(() => ({})); throw new Error(b.error?.messageVi ?? b.error?.message ?? r.status); }
  return r;
}
async function live() {
  const sites = await (await get('/api/province/sites')).json();
  const offline = sites.filter((s) => !s.online);
  $('#offline').innerHTML = offline.length === 0 ? '<li>Không có / None</li>' : offline.map((s) => '<li>' + esc(s.name) + ' (' + esc(s.code) + ') — ' + esc(s.lastSeenAt ? new Date(s.lastSeenAt).toLocaleString('vi-VN') : 'chưa kết nối / never') + '</li>').join('');
  const over = sites.flatMap((s) => s.departments.filter((d) => d.overTarget > 0).map((d) => ({ s, d })));
  $('#over').innerHTML = over.length === 0 ? '<li>Không có / None</li>' : over.map(({ s, d }) => '<li>' + esc(s.name) + ' · ' + esc(d.code) + ': ' + d.overTarget + ' / ' + d.waiting + ' phiếu quá hạn chờ / tickets over target</li>').join('');
}
function query() { return 'from=' + $('#from').value + '&to=' + $('#to').value; }
async function report() {
  const r = await (await get('/api/province/stats?' + query())).json();
  const row = (label, f) => '<tr><td>' + label + '</td><td>' + f.issued + '</td><td>' + f.served + '</td><td>' + f.noShow + '</td><td>' + esc(f.waitP50) + '</td><td>' + esc(f.waitP90) + '</td></tr>';
  $('#report').innerHTML = '<tr><th>Điểm · đơn vị / Site · dept.</th><th>Phát ra / Issued</th><th>Phục vụ / Served</th><th>Vắng / No-show</th><th>Chờ P50 (s)</th><th>Chờ P90 (s)</th></tr>'
    + r.sites.map((s) => row('<b>' + esc(s.name) + '</b>', s) + s.departments.map((d) => row('&nbsp;&nbsp;' + esc(d.code), d)).join('')).join('')
    + row('<b>Toàn tỉnh / Province</b>', r.total);
}
async function download(format) {
  const blob = await (await get('/api/province/stats/export?' + query() + '&format=' + format)).blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob); a.download = 'motcua-toan-tinh-' + $('#from').value + '-' + $('#to').value + '.' + format; a.click();
}
async function refresh() {
  try { await live(); await loadSettings(); await report(); $('#error').textContent = ''; } catch (e) { $('#error').textContent = e.message; }
}
$('#login').addEventListener('submit', (e) => {
  e.preventDefault();
  auth = 'Basic ' + btoa(unescape(encodeURIComponent($('#user').value + ':' + $('#password').value)));
  $('#password').value = '';
  $('#board').hidden = false;
  refresh();
});
$('#range').addEventListener('submit', (e) => { e.preventDefault(); refresh(); });
$('#csv').addEventListener('click', () => download('csv').catch((e) => { $('#error').textContent = e.message; }));
$('#xlsx').addEventListener('click', () => download('xlsx').catch((e) => { $('#error').textContent = e.message; }));
setInterval(() => { if (auth) live().catch(() => {}); }, 15000);
`;

const PAGE = `<!doctype html><html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>Giám sát toàn tỉnh / Province supervision</title>
<style>
body{font:17px system-ui,sans-serif;margin:0 auto;padding:1em;max-width:80em;line-height:1.4}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.2em .4em;border-bottom:1px solid #ddd}
input,button,textarea{font:inherit;padding:.25em}#error{color:#b00}section{margin:1em 0}
.settings label{display:inline-block;margin:.2em 1em .2em 0}.settings input[type=number]{width:5em}.settings textarea{display:block;width:20em}fieldset{margin:.5em 0}
</style></head><body>
<h1>Giám sát toàn tỉnh <small>/ Province supervision</small></h1>
<form id="login"><input id="user" autocomplete="username" placeholder="Tên đăng nhập / Username" required>
<input id="password" type="password" autocomplete="current-password" placeholder="Mật khẩu / Password" required> <button>Đăng nhập / Sign in</button></form>
<p id="error" role="alert"></p>
<div id="board" hidden>
<section><h2>Điểm mất kết nối / Sites offline</h2><ul id="offline"></ul></section>
<section><h2>Quá thời gian chờ mục tiêu / Over their wait target</h2><ul id="over"></ul></section>
<section><h2>Báo cáo / Report</h2>
<form id="range"><label>Từ / From <input id="from" type="date" required></label> <label>Đến / To <input id="to" type="date" required></label>
<button>Xem / Show</button> <button type="button" id="csv">CSV</button> <button type="button" id="xlsx">XLSX</button></form>
<table id="report"></table></section>${SETTINGS_SECTION}</div>
<script src="/province/supervisor.js"></script></body></html>`;

export function serveSupervisorPage(app: FastifyInstance): void {
  app.get('/province/supervisor', { schema: { hide: true } }, async (_request, reply) => reply.type('text/html; charset=utf-8').send(PAGE));
  app.get('/province/supervisor.js', { schema: { hide: true } }, async (_request, reply) => reply.type('text/javascript; charset=utf-8').send(SCRIPT + SETTINGS_SCRIPT));
}
