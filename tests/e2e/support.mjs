// Shared e2e fixtures: a static server for dist/ under a sub-path, and Debian's Chromium
// driven by playwright-core (Playwright cannot download its own browser on this network).
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { before, after } from "node:test";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const distDir = path.join(root, "dist");
export const artifactsDir = path.join(root, "test-results");

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** Serves dist/ at `base` (e.g. "/wiki/tools/calc/") on a free loopback port. With
 * `cors`, adds `Access-Control-Allow-Origin: *`, which a sandboxed frame (opaque origin)
 * needs to load the module script and the wasm. */
export async function serveDist(base = "/wiki/tools/calc/", { cors = false } = {}) {
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (!url.pathname.startsWith(base)) {
      res.writeHead(404).end("outside the site's sub-path");
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(base.length)) || "index.html";
    const file = path.join(distDir, rel);
    if (!file.startsWith(distDir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await fs.readFile(file);
      const headers = { "content-type": types[path.extname(file)] ?? "application/octet-stream" };
      if (cors) headers["access-control-allow-origin"] = "*";
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, origin: `http://127.0.0.1:${port}`, close: () => server.close() };
}

/** For one test file: dist/ served at `base` and Chromium, started before its tests and
 * closed after them. `site` ({url, origin}) is filled in when the tests start; `browser`
 * makes contexts in the Chromium launched then. */
export function useSite(base = "/wiki/tools/calc/") {
  const site = {};
  let chromiumBrowser;
  const browser = { newContext: (options) => chromiumBrowser.newContext(options) };
  before(async () => {
    Object.assign(site, await serveDist(base));
    chromiumBrowser = await launch();
  });
  after(async () => {
    await chromiumBrowser?.close();
    site.close?.();
  });
  return { site, browser };
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ],
  });
}

/** Opens a page that records console errors, page errors and every request's URL.
 * `options` go to the browser context (e.g. `{ locale: "fr-CA" }`). */
export async function openPage(browser, url, viewport = { width: 1280, height: 900 }, options = {}) {
  const context = await browser.newContext({ viewport, ...options });
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error") problems.push(`console: ${m.text()}`); });
  page.on("pageerror", (e) => problems.push(`pageerror: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  return { page, context, problems, requests };
}

/** Reads a contract figure's data-value as a number. */
export async function figure(page, testId) {
  const el = page.locator(`[data-testid="${testId}"]`);
  await el.waitFor();
  return Number(await el.getAttribute("data-value"));
}

export async function screenshot(page, name) {
  await fs.mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** The calculator as a user sees it: one place that knows the locators. */
export function calculator(page) {
  const byTest = (id) => page.locator(`[data-testid="${id}"]`);
  return {
    byTest,
    figure: (id) => figure(page, id),
    async startEmpty() {
      await byTest("example-empty").click();
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="call-flow-node"]').length === 0);
    },
    async setLicense(partNumber, count) {
      const field = byTest(`license-${partNumber}`);
      await field.fill("");
      await field.type(String(count));
    },
    async setRules(value) {
      await byTest("rules-edition").selectOption(value);
    },
    nodes: () => byTest("call-flow-node"),
    accounts: () => byTest("resource-account"),
  };
}

/** Runs axe-core in the page (the context must bypass CSP to inject it). */
export async function axeScan(page) {
  await page.addScriptTag({ path: path.join(root, "node_modules/axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help, target: v.nodes[0]?.target }));
  });
}

/** A second origin serving one HTML page at "/": the wiki page that embeds the calculator. */
export async function serveHost(html) {
  const server = http.createServer((req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** The share link the page shows, once it is made. */
export async function shareLink(page) {
  const input = page.locator('[data-testid="share-link"]');
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="share-link"]');
    return el?.value.includes("#plan=") && el.dataset.pending === "false";
  });
  return input.inputValue();
}
