// The built site, served from a sub-path as a wiki would, computes the seeds' example
// under its strict Content-Security-Policy without asking any other origin for anything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { useSite, openPage, figure, screenshot } from "./support.mjs";

const { site, browser } = useSite("/wiki/tools/calc/");

test("served from a sub-path, the page shows Contoso under today's rules, and the seeds' 85 free and 5 paid beside it", async () => {
  const { page, problems, requests, context } = await openPage(browser, site.url);
  assert.equal(await figure(page, "accounts-needing-license"), 90);
  assert.equal(await figure(page, "free-used"), 90);
  assert.equal(await figure(page, "paid-needed"), 0);
  assert.equal(await figure(page, "qualifying-licenses"), 600);
  assert.equal(await figure(page, "edition-2019-free-allotment"), 85);
  assert.equal(await figure(page, "edition-2019-paid-needed"), 5);
  assert.equal(await figure(page, "edition-2022-paid-needed"), 5);
  assert.deepEqual(problems, [], "no console errors, CSP violations or page errors");
  const foreign = requests.filter((u) => !u.startsWith(site.url));
  assert.deepEqual(foreign, [], "every request stays under the site's sub-path");
  await screenshot(page, "pipeline-desktop-1280");
  await context.close();
});

test("the CSP meta is strict and the app runs under it", async () => {
  const { page, context } = await openPage(browser, site.url);
  await figure(page, "free-allotment");
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'/);
  const inlineScripts = await page.locator("script:not([src])").count();
  assert.equal(inlineScripts, 0, "no inline script");
  await context.close();
});

test("at phone width the figures still show", async () => {
  const { page, context } = await openPage(browser, site.url, { width: 390, height: 844 });
  assert.equal(await figure(page, "free-allotment"), 90);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
  assert.equal(overflow, false, "no horizontal scrolling at 390 px");
  await screenshot(page, "pipeline-phone-390");
  await context.close();
});
