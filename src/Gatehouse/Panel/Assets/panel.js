"use strict";
// The Gatehouse panel. Every text from the server goes in with textContent (never as markup): findings name
// files, users and hosts an attacker may have chosen. Every URL is relative to where ingress serves the page.

const SVG = "http://www.w3.org/2000/svg";
const CHANGE_HEADER = { "X-Gatehouse-Request": "1", "Content-Type": "application/json" };
const RANK = { fail: 0, warn: 1, unavailable: 2, skipped: 3, pass: 4 };
const STATUS_WORDS = { pass: "Passed", warn: "Warnings", fail: "Problems", unavailable: "Not checked", skipped: "Skipped" };
const KIND_WORDS = { password: "Password typed", token_refresh: "App with an expired login", api_token: "Script or integration token", unknown: "Unknown" };
const STATE_WORDS = { alerted: "Alerted", folded: "Folded into a digest", waiting: "Waiting" };
const POLL_MS = 1000;
const RUN_LIMIT_MS = 5 * 60 * 1000;

const state = { report: null, tag: null, range: "24h", accepting: null };

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    node.setAttribute(name, value);
  }
  for (const child of children) {
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attributes) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    node.setAttribute(name, value);
  }
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { credentials: "same-origin", cache: "no-store" });
  if (!response.ok) {
    throw new Error(`${path} answered ${response.status}`);
  }
  return response.json();
}

// The report and the number the panel gave it (its ETag): two runs in one second share generated_at.
async function getReport() {
  const response = await fetch("api/report", { credentials: "same-origin", cache: "no-store" });
  if (response.status === 204) {
    return { report: null, tag: null };
  }
  if (!response.ok) {
    throw new Error(`api/report answered ${response.status}`);
  }
  return { report: await response.json(), tag: response.headers.get("ETag") };
}

async function change(path, body) {
  const response = await fetch(path, { method: "POST", credentials: "same-origin", headers: CHANGE_HEADER, body: JSON.stringify(body || {}) });
  const answer = await response.json().catch(() => ({ message: `The panel answered ${response.status}.` }));
  if (!response.ok) {
    throw new Error(answer.message);
  }
  return answer;
}

function effectiveStatus(check) {
  return check.accepted ? "accepted" : check.status;
}

// ---- Overview ----

function drawDial(score) {
  const dial = document.getElementById("dial");
  dial.replaceChildren(dial.querySelector("title"));
  const arc = (fraction) => {
    const angle = Math.PI * (1 - fraction);
    return `M 20 100 A 80 80 0 0 1 ${100 + 80 * Math.cos(angle)} ${100 - 80 * Math.sin(angle)}`;
  };
  dial.append(svg("path", { d: arc(1), class: "track", fill: "none", "stroke-width": "16", "stroke-linecap": "round" }));
  if (score !== null && score > 0) {
    const colour = score >= 80 ? "var(--pass)" : score >= 50 ? "var(--warn)" : "var(--fail)";
    dial.append(svg("path", { d: arc(Math.min(score, 100) / 100), fill: "none", stroke: colour, "stroke-width": "16", "stroke-linecap": "round" }));
  }
  const value = svg("text", { x: "100", y: "95", "text-anchor": "middle", class: "value", id: "score-value" });
  value.textContent = score === null ? "–" : String(score);
  const caption = svg("text", { x: "100", y: "116", "text-anchor": "middle", class: "caption" });
  caption.textContent = "security score of 100";
  dial.append(value, caption);
  dial.querySelector("title").textContent = score === null ? "Security score: not yet checked" : `Security score: ${score} of 100`;
}

function renderOverview(report) {
  drawDial(report ? report.score : null);
  const counts = document.getElementById("counts");
  const fix = document.getElementById("first-fix");
  if (!report) {
    counts.replaceChildren();
    fix.replaceChildren(el("p", {}, "The checks have not run yet. They start shortly after Gatehouse; press “Run security checks” to run them now."));
    return;
  }
  const tally = {};
  for (const check of report.checks) {
    const status = effectiveStatus(check);
    tally[status] = (tally[status] || 0) + 1;
  }
  counts.replaceChildren(...["fail", "warn", "pass", "accepted", "unavailable"].filter((s) => tally[s]).map((s) =>
    el("li", { class: `status-${s}` }, el("strong", {}, tally[s]), s === "accepted" ? "Accepted risks" : STATUS_WORDS[s])));
  const first = sortedChecks(report.checks).find((c) => (c.status === "fail" || c.status === "warn") && !c.accepted);
  if (!first) {
    fix.replaceChildren(el("h2", {}, "Nothing to fix"), el("p", {}, `Checked ${new Date(report.generated_at).toLocaleString()}.`));
    return;
  }
  fix.replaceChildren(
    el("h2", {}, "Fix this first"),
    el("p", {}, el("span", { class: `badge status-${first.status}` }, first.status), " ", el("strong", {}, first.title), ": ", first.summary),
    el("p", { class: "fix" }, first.remediation));
}

// ---- Checks ----

function sortedChecks(checks) {
  return [...checks].sort((a, b) => (a.accepted - b.accepted) || (RANK[a.status] - RANK[b.status]));
}

function checkMatches(check, filter, text) {
  const shown = filter === "all"
    || (filter === "problems" && (check.status === "fail" || check.status === "warn") && !check.accepted)
    || (filter === "accepted" && check.findings.some((f) => f.accepted))
    || (filter === "unavailable" && (check.status === "unavailable" || check.status === "skipped"));
  const haystack = [check.title, check.summary, ...check.details, ...check.findings.map((f) => f.text)].join("\n").toLowerCase();
  return shown && (!text || haystack.includes(text));
}

function renderChecks(report) {
  const list = document.getElementById("check-list");
  if (!report) {
    list.replaceChildren(el("li", {}, "The checks have not run yet."));
    return;
  }
  const filter = document.getElementById("check-filter").value;
  const text = document.getElementById("check-search").value.trim().toLowerCase();
  const shown = sortedChecks(report.checks).filter((c) => checkMatches(c, filter, text));
  list.replaceChildren(...shown.map(renderCheck));
  if (shown.length === 0) {
    list.append(el("li", {}, filter === "problems" ? "No open problems." : "No check matches."));
  }
}

function renderCheck(check) {
  const status = effectiveStatus(check);
  const item = el("li", { "data-check": check.id },
    el("div", { class: "check-head" },
      el("h3", {}, check.title),
      el("span", { class: `badge status-${status}` }, status)),
    el("p", { class: "check-summary" }, check.summary));
  const problems = check.findings.filter((f) => f.status === "fail" || f.status === "warn");
  if (problems.length > 0) {
    item.append(el("ul", { class: "findings" }, ...problems.map(renderFinding)));
  } else if (check.details.length > 0) {
    item.append(el("ul", { class: "findings" }, ...check.details.map((d) => el("li", {}, d))));
  }
  if (check.remediation && !check.accepted) {
    item.append(el("p", { class: "fix" }, el("strong", {}, "Fix: "), check.remediation));
  }
  return item;
}

function renderFinding(finding) {
  const item = el("li", { "data-finding": finding.id }, finding.text);
  if (finding.accepted) {
    const by = finding.accepted_by ? ` by ${finding.accepted_by}` : "";
    item.append(el("div", { class: "status-accepted" },
      `Accepted until ${new Date(finding.accepted_until).toLocaleDateString()}${by}${finding.reason ? `: ${finding.reason}` : ""}`));
    const withdraw = el("button", { type: "button" }, "Withdraw");
    withdraw.addEventListener("click", () => withdrawFinding(finding, withdraw));
    item.lastChild.append(withdraw);
  } else {
    const accept = el("button", { type: "button", "aria-label": `Accept the risk: ${finding.text}` }, "Accept risk");
    accept.addEventListener("click", () => openAccept(finding));
    item.append(accept);
  }
  return item;
}

// ---- Accepting a risk ----

function openAccept(finding) {
  state.accepting = finding;
  document.getElementById("accept-finding").textContent = finding.text;
  document.getElementById("accept-reason").value = "";
  document.getElementById("accept-error").textContent = "";
  document.getElementById("accept-dialog").showModal();
  document.getElementById("accept-reason").focus();
}

async function confirmAccept() {
  const reason = document.getElementById("accept-reason").value.trim();
  const error = document.getElementById("accept-error");
  if (!reason) {
    error.textContent = "Say why this risk is acceptable: it is shown beside the finding until it expires.";
    return;
  }
  const before = state.tag;
  try {
    await change("api/accept", { finding_id: state.accepting.id, reason, period: document.getElementById("accept-period").value });
    document.getElementById("accept-dialog").close();
    await awaitNewReport(before, "Updating the score…");
  } catch (failure) {
    error.textContent = failure.message;
  }
}

async function withdrawFinding(finding, button) {
  button.disabled = true;
  const before = state.tag;
  try {
    await change("api/withdraw", { finding_id: finding.id });
    await awaitNewReport(before, "Updating the score…");
  } catch (failure) {
    setRunStatus(failure.message);
    button.disabled = false;
  }
}

// ---- Running the checks ----

function setRunStatus(text, running) {
  document.getElementById("run-status").textContent = text;
  document.getElementById("run-progress").hidden = !running;
  document.getElementById("run").disabled = Boolean(running);
}

async function awaitNewReport(before, text) {
  const started = Date.now();
  setRunStatus(text, true);
  while (Date.now() - started < RUN_LIMIT_MS) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    const { report, tag } = await getReport().catch(() => ({ report: null, tag: null }));
    if (report && tag !== before) {
      showReport(report, tag);
      setRunStatus(`Checked at ${new Date(report.generated_at).toLocaleTimeString()}: score ${report.score}.`, false);
      return;
    }
    setRunStatus(`${text} ${Math.round((Date.now() - started) / 1000)} s`, true);
  }
  setRunStatus("The checks are taking long; the results will appear when you open the panel again.", false);
}

async function runChecks() {
  const before = state.tag;
  try {
    await change("api/run");
    await awaitNewReport(before, "Running security checks…");
  } catch (failure) {
    setRunStatus(failure.message, false);
  }
}

// ---- Logins ----

function drawChart(view) {
  const chart = document.getElementById("chart");
  chart.replaceChildren(chart.querySelector("title"));
  const width = 600, height = 200, left = 32, bottom = 20, top = 8;
  const max = Math.max(1, ...view.buckets.map((b) => b.failed + b.banned));
  const step = (width - left) / view.buckets.length;
  const scale = (height - bottom - top) / max;
  for (const fraction of [0, 0.5, 1]) {
    const y = height - bottom - fraction * max * scale;
    chart.append(svg("line", { x1: left, x2: width, y1: y, y2: y, class: "grid" }));
    const label = svg("text", { x: left - 4, y: y + 4, "text-anchor": "end", class: "axis" });
    label.textContent = String(Math.round(fraction * max));
    chart.append(label);
  }
  view.buckets.forEach((bucket, index) => {
    const x = left + index * step + step * 0.1;
    const failedHeight = bucket.failed * scale;
    const bannedHeight = bucket.banned * scale;
    const group = svg("g", { "data-failed": bucket.failed, "data-banned": bucket.banned });
    const tip = svg("title", {});
    tip.textContent = `${new Date(bucket.start).toLocaleString()}: ${bucket.failed} failed, ${bucket.banned} banned`;
    group.append(tip,
      svg("rect", { x, y: height - bottom - failedHeight, width: step * 0.8, height: failedHeight, class: "bar-failed" }),
      svg("rect", { x, y: height - bottom - failedHeight - bannedHeight, width: step * 0.8, height: bannedHeight, class: "bar-banned" }));
    chart.append(group);
    if (index % Math.ceil(view.buckets.length / 6) === 0) {
      const label = svg("text", { x, y: height - 4, class: "axis" });
      const start = new Date(bucket.start);
      label.textContent = view.range === "24h" ? start.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" }) : start.toLocaleDateString([], { month: "short", day: "numeric" });
      chart.append(label);
    }
  });
  const failed = view.buckets.reduce((sum, b) => sum + b.failed, 0);
  const banned = view.buckets.reduce((sum, b) => sum + b.banned, 0);
  chart.querySelector("title").textContent = `Failed logins: ${failed}, bans: ${banned}`;
  document.getElementById("chart-total").textContent = `${failed} failed login(s) and ${banned} ban(s) in this period.`;
}

function renderAttempts(view) {
  const body = document.querySelector("#attempts tbody");
  body.replaceChildren(...view.recent.map((a) => el("tr", {},
    el("td", {}, new Date(a.time).toLocaleString()),
    el("td", {}, a.ip || "unknown"),
    el("td", {}, a.host || ""),
    el("td", {}, a.type === "ip_banned" ? "Banned" : "Failed login"),
    el("td", {}, KIND_WORDS[a.kind] || a.kind),
    el("td", {}, STATE_WORDS[a.state] || a.state))));
  if (view.recent.length === 0) {
    body.append(el("tr", {}, el("td", { colspan: "6" }, "No failed logins in this period.")));
  }
}

async function loadLogins() {
  const [view, bans] = await Promise.all([getJson(`api/attempts?range=${state.range}`), getJson("api/bans")]);
  drawChart(view);
  renderAttempts(view);
  const list = document.getElementById("bans");
  list.replaceChildren(...bans.addresses.map((address) => el("li", {}, address)));
  if (bans.addresses.length === 0) {
    list.append(el("li", {}, "No address is banned."));
  }
}

// ---- Tabs (keyboard: arrows, Home, End) ----

// A tab is selected by the user (told to Home Assistant, so its URL keeps the tab), from Home Assistant's URL, or
// from the page's own #fragment (when the page is opened by itself).
function selectTab(tab, focus, fromUrl) {
  const view = tab.getAttribute("aria-controls");
  if (fromUrl && tab.getAttribute("aria-selected") === "true") {
    return;
  }
  for (const other of document.querySelectorAll("[role=tab]")) {
    const selected = other === tab;
    other.setAttribute("aria-selected", String(selected));
    other.tabIndex = selected ? 0 : -1;
    document.getElementById(other.getAttribute("aria-controls")).hidden = !selected;
  }
  if (focus) {
    tab.focus();
  }
  history.replaceState(null, "", `#${view}`);
  if (!fromUrl) {
    tellHost(view);
  }
  if (view === "logins") {
    loadLogins().catch(showError);
  }
}

function onTabKey(event) {
  const tabs = [...document.querySelectorAll("[role=tab]")];
  const index = tabs.indexOf(event.target);
  const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: tabs.length - 1 }[event.key];
  if (next === undefined) {
    return;
  }
  event.preventDefault();
  selectTab(tabs[(next + tabs.length) % tabs.length], true);
}

// ---- Home Assistant's frame ----
// HA shows the panel in an iframe whose address is the bare ingress URL: no path, query or fragment of HA's own URL
// reaches it that way. From HA 2026.2 (frontend 20260128.0, src/panels/app/ha-panel-app.ts) the page may ask for the
// rest of HA's path (/<slug>/ingress/logins: the route, split in prefix and path) and gets it again on every change,
// and may move HA's URL. Older releases answer nothing: the page then opens on the overview.

const host = { base: null };

function tabOfRoute(route) {
  const segments = `${route.prefix}${route.path}`.split("/");
  const last = segments[segments.length - 1];
  const tab = document.getElementById(`tab-${last}`);
  return { tab: tab && tab.getAttribute("role") === "tab" ? tab : null, base: tab ? segments.slice(0, -1).join("/") : segments.join("/") };
}

function onHostMessage(event) {
  const route = event.data && event.data.type === "home-assistant/properties" ? event.data.route : null;
  if (event.source !== window.parent || !route || typeof route.prefix !== "string" || typeof route.path !== "string") {
    return;
  }
  const { tab, base } = tabOfRoute(route);
  host.base = base;
  if (tab) {
    selectTab(tab, false, true);
  }
}

// Keeps the tab in HA's URL (replacing the entry: switching tabs is not a page to go back to).
function tellHost(view) {
  if (host.base !== null) {
    window.parent.postMessage({ type: "home-assistant/navigate", path: `${host.base}/${view}`, options: { replace: true } }, location.origin);
  }
}

function listenToHost() {
  if (window.parent === window) {
    return;
  }
  window.addEventListener("message", onHostMessage);
  window.parent.postMessage({ type: "home-assistant/subscribe-properties" }, location.origin);
}

// ---- Start ----

function showReport(report, tag) {
  state.report = report;
  state.tag = tag;
  renderOverview(report);
  renderChecks(report);
}

function showError(failure) {
  setRunStatus(`The panel could not load its data (${failure.message}); reload to try again.`, false);
}

function start() {
  for (const tab of document.querySelectorAll("[role=tab]")) {
    tab.addEventListener("click", () => selectTab(tab, false));
    tab.addEventListener("keydown", onTabKey);
  }
  for (const button of document.querySelectorAll("[data-range]")) {
    button.addEventListener("click", () => {
      state.range = button.dataset.range;
      for (const other of document.querySelectorAll("[data-range]")) {
        other.setAttribute("aria-pressed", String(other === button));
      }
      loadLogins().catch(showError);
    });
  }
  document.getElementById("run").addEventListener("click", runChecks);
  document.getElementById("check-filter").addEventListener("change", () => renderChecks(state.report));
  document.getElementById("check-search").addEventListener("input", () => renderChecks(state.report));
  document.getElementById("accept-confirm").addEventListener("click", confirmAccept);
  document.getElementById("accept-cancel").addEventListener("click", () => document.getElementById("accept-dialog").close());
  getReport().then(({ report, tag }) => showReport(report, tag)).catch(showError);
  // The page opened by itself (not by HA) keeps its view in its #fragment: #logins, #checks.
  const wanted = document.getElementById(`tab-${location.hash.slice(1)}`);
  if (wanted) {
    selectTab(wanted, false, true);
  }
  listenToHost();
}

start();
