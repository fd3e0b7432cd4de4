// Every figure is one the user typed, nothing is lost, and the embed works where it is
// pasted. Typed key by key (pressSequentially, keyboard.press), never only filled.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { useSite, serveHost, openPage, calculator, shareLink, artifactsDir, screenshot } from "./support.mjs";

const { site, browser } = useSite("/wiki/tools/calc/");

/** Clears a field with the keyboard, then types into it key by key. */
async function retype(locator, text) {
  await locator.click();
  await locator.press("ControlOrMeta+a");
  await locator.press("Backspace");
  await locator.pressSequentially(text);
}

const monthly = async (page) => Number(await page.locator('[data-testid="cost-monthly"]').getAttribute("data-value"));

test("a price typed key by key keeps its decimals: 8.99, 10.50, 12,75", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.byTest("example-contoso-2019").click();
  await page.locator('[data-testid="paid-needed"][data-value="5"]').waitFor();
  const price = calc.byTest("price");
  for (const [typed, cost] of [["8.99", 44.95], ["10.50", 52.5], ["12,75", 63.75], [".99", 4.95]]) {
    await retype(price, typed);
    assert.equal(await price.inputValue(), typed, "the field keeps exactly what was typed");
    assert.ok(Math.abs((await monthly(page)) - cost) < 1e-9, `${typed}: ${await monthly(page)}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

for (const [locale, typed] of [["en-US", "1,200"], ["de-DE", "1.200"], ["fr-FR", "1 200"]]) {
  test(`in a ${locale} browser "${typed}" is 1,200 licenses`, async () => {
    const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url);
    const calc = calculator(page);
    await calc.startEmpty();
    const e5 = calc.byTest("license-SPE_E5");
    await e5.pressSequentially(typed);
    await page.locator('[data-testid="qualifying-licenses"][data-value="1200"]').waitFor();
    assert.equal(await e5.inputValue(), typed);
    await context.close();
  });
}

test("while a field is invalid the result says so instead of using a prefix, and names the field", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  const e5 = calc.byTest("license-SPE_E5");
  await e5.pressSequentially("99999999999");
  const stale = calc.byTest("result-stale");
  await stale.waitFor();
  assert.match(await stale.textContent(), /Fix 1 field to see the result/);
  assert.equal(await calc.byTest("qualifying-licenses").count(), 0, "no figure from 9,999,999 or any prefix");
  assert.match(await page.locator(".count-field .field-error").textContent(), /Too large: at most 4,294,967,295/);
  await retype(e5, "-3");
  assert.match(await page.locator(".count-field .field-error").textContent(), /Must be 0 or more/);
  await stale.locator('[data-testid="stale-field"]').click();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), "license-SPE_E5", "the link goes to the field");
  await retype(e5, "600");
  await page.locator('[data-testid="qualifying-licenses"][data-value="600"]').waitFor();
  assert.equal(await stale.count(), 0);
  await context.close();
});

test("undo reverses exactly the change it names, later edits stay, and redo brings it back", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  for (let i = 0; i < 3; i++) await calc.byTest("add-call-queue").click();
  await calc.byTest("delete-node").nth(2).click();
  await calc.byTest("node-name").first().fill("");
  await calc.byTest("node-name").first().pressSequentially("Sales");
  await calc.byTest("license-MCOEV").pressSequentially("40");
  await page.locator('[data-testid="qualifying-licenses"][data-value="40"]').waitFor();
  assert.match(await calc.byTest("undo").textContent(), /Undo license count/);
  await calc.byTest("undo").click();
  await page.locator('[data-testid="qualifying-licenses"][data-value="0"]').waitFor();
  assert.equal(await calc.byTest("node-name").first().inputValue(), "Sales", "the rename made after the delete stays");
  assert.equal(await calc.nodes().count(), 2, "the delete stays");
  assert.match(await calc.byTest("undo").textContent(), /Undo rename/);
  // Keyboard, outside a text field: Ctrl+Z and Ctrl+Shift+Z.
  await calc.byTest("undo").focus();
  await page.keyboard.press("ControlOrMeta+z");
  assert.equal(await calc.byTest("node-name").first().inputValue(), "Call queue 1");
  await page.keyboard.press("ControlOrMeta+z");
  assert.equal(await calc.nodes().count(), 3, "the delete is undone");
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await page.keyboard.press("ControlOrMeta+Shift+z");
  assert.equal(await calc.nodes().count(), 2);
  assert.equal(await calc.byTest("node-name").first().inputValue(), "Sales");
  await calc.byTest("redo").click();
  await page.locator('[data-testid="qualifying-licenses"][data-value="40"]').waitFor();
  assert.equal(await calc.byTest("redo").isDisabled(), true);
  await context.close();
});

test("an edit made just before a reload is kept", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.byTest("license-MCOCAP").pressSequentially("37");
  // Reload within the autosave pause (400 ms), but after the page has drawn the keystroke
  // (two frames): no person reloads faster, and under load the reload otherwise raced the
  // render that arms the save (the flake seen in issues 10 and 11).
  const started = Date.now();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  assert.ok(Date.now() - started < 400, "still within the autosave pause");
  await page.reload();
  await calc.figure("accounts-needing-license");
  assert.equal(await calc.byTest("license-MCOCAP").inputValue(), "37", "saved on pagehide, not only after the pause");
  await context.close();
});

test("after opening a shared link, the way back to your plan survives a reload until you choose", async () => {
  const other = await openPage(browser, site.url);
  await calculator(other.page).startEmpty();
  await calculator(other.page).byTest("license-MCOEV").pressSequentially("7");
  const link = await shareLink(other.page);
  await other.context.close();

  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.byTest("license-MCOCAP").pressSequentially("40");
  await page.waitForFunction(() => (localStorage.getItem("resource-account-calculator:plan") || "").includes('"MCOCAP": 40'));
  await page.goto(link);
  await calc.byTest("link-opened").waitFor();
  await page.reload();
  await calc.byTest("link-opened").waitFor();
  assert.equal(await calc.byTest("license-MCOEV").inputValue(), "7", "still the shared plan");
  await calc.byTest("back-to-my-plan").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="license-MCOCAP"]')?.value === "40");
  assert.equal(await calc.byTest("link-opened").count(), 0);
  await page.reload();
  await calc.figure("accounts-needing-license");
  assert.equal(await calc.byTest("link-opened").count(), 0, "dismissed for good");
  await context.close();
});

test("a CSV imported twice adds nothing the second time, and a broken row spoils only itself", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  const csv = [
    '"UserPrincipalName","ApplicationId","DisplayName","PhoneNumber"',
    '"aa@contoso.com","ce933385-9390-45d1-9512-c8d228074e07","Main AA","tel:+14255550100"',
    '"broken@contoso.com","11cd3e2e-fccb-42ad-ad00-878b93575e07","Broken,""',
    '"cq@contoso.com","11cd3e2e-fccb-42ad-ad00-878b93575e07","Sales CQ",""',
  ].join("\n");
  await page.locator(".quick-entry > summary").click();
  await calc.byTest("csv-text").fill(csv);
  await calc.byTest("csv-import").click();
  await calc.byTest("csv-report").waitFor();
  assert.equal(await calc.nodes().count(), 2, "the good rows are imported");
  assert.match(await calc.byTest("csv-problem").textContent(), /Line 3: a quoted field/);
  await calc.byTest("csv-import").click();
  await page.waitForFunction(() => /Skipped 2 rows already in the plan/.test(document.querySelector('[data-testid="csv-report"]').textContent));
  assert.equal(await calc.nodes().count(), 2, "nothing doubled");
  await context.close();
});

test("with the keyboard, focus follows a moved node and a delete lands somewhere safe", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  for (const name of ["A", "B", "C"]) {
    await calc.byTest("add-call-queue").click();
    await calc.byTest("node-name").last().fill(name);
  }
  const names = () => calc.byTest("node-name").evaluateAll((els) => els.map((e) => e.value));
  await calc.byTest("move-down").first().focus();
  await page.keyboard.press("Enter");
  assert.deepEqual(await names(), ["B", "A", "C"]);
  await page.keyboard.press("Enter");
  assert.deepEqual(await names(), ["B", "C", "A"], "Enter twice moves the same node twice");
  // A is last now: its "Move down" is disabled, so focus is on its name.
  assert.equal(await page.evaluate(() => document.activeElement?.value), "A");
  await calc.byTest("delete-node").nth(1).focus();
  await page.keyboard.press("Enter");
  assert.deepEqual(await names(), ["B", "A"]);
  assert.match(await calc.byTest("announce").textContent(), /Deleted C\./);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), "node-name", "focus is on a name, not on another delete");
  await page.keyboard.press("Enter");
  assert.deepEqual(await names(), ["B", "A"], "a second Enter deletes nothing");
  await calc.byTest("announce-undo").click();
  assert.deepEqual(await names(), ["B", "C", "A"]);
  await context.close();
});

test("the embed snippet as generated works in a wiki on another origin, on a plain static host", async () => {
  const maker = await openPage(browser, site.url);
  const calc = calculator(maker.page);
  await calc.startEmpty();
  await calc.byTest("license-SPE_E5").pressSequentially("100");
  for (let i = 0; i < 5; i++) await calc.byTest("add-auto-attendant").click();
  await shareLink(maker.page);
  await maker.page.locator('[data-testid="embed-panel"] > summary').click();
  const iframe = await calc.byTest("embed-iframe").inputValue();
  const script = await calc.byTest("embed-script").inputValue();
  assert.doesNotMatch(iframe, /sandbox=/, "the default snippet needs no CORS header");
  await maker.context.close();

  const host = await serveHost(`<!doctype html><html><body><h1>Wiki</h1>${iframe}${script}<p id="after">after</p></body></html>`);
  const { page, context, problems } = await openPage(browser, host.url);
  const frame = page.frameLocator("#resource-account-calculator");
  await frame.locator('[data-testid="accounts-needing-license"][data-value="5"]').waitFor();
  const height = () => page.locator("#resource-account-calculator").evaluate((f) => f.getBoundingClientRect().height);
  await page.waitForFunction(() => document.getElementById("resource-account-calculator").getBoundingClientRect().height !== 400);
  const small = await height();
  assert.ok(small < 4000, `a five-node plan sits in a frame of ${small}px`);
  for (let i = 0; i < 3; i++) await frame.locator('[data-testid="add-call-queue"]').click();
  await page.waitForFunction((h) => document.getElementById("resource-account-calculator").getBoundingClientRect().height > h, small);
  const grown = await height();
  for (let i = 0; i < 3; i++) await frame.locator('[data-testid="delete-node"]').last().click();
  await page.waitForFunction((h) => document.getElementById("resource-account-calculator").getBoundingClientRect().height < h, grown);
  // The frame is as tall as the app inside it, no taller: it followed the content down.
  const content = await frame.locator("#app").evaluate((el) => el.offsetTop + el.offsetHeight);
  assert.ok(Math.abs((await height()) - content) <= 1, `frame ${await height()}px, content ${content}px`);
  await screenshot(page, "embed-plain-host-1280");
  assert.deepEqual(problems, []);
  await context.close();
  host.close();
});

test("the read-only embed is a compact card whose link opens the full calculator", async () => {
  const maker = await openPage(browser, site.url);
  const link = await shareLink(maker.page);
  await maker.context.close();
  const fragment = link.slice(link.indexOf("#"));
  const src = `${site.url}?embed=1&readonly=1${fragment}`;
  const host = await serveHost(`<!doctype html><html><body>
<iframe id="resource-account-calculator" src="${src}" style="width:100%;height:900px;border:0"></iframe>
<script>window.addEventListener("message", function (e) {
  if (e.data && e.data.type === "resource-account-calculator:height") document.getElementById("resource-account-calculator").style.height = Math.ceil(e.data.height) + "px";
});</script></body></html>`);
  const { page, context } = await openPage(browser, host.url, { width: 800, height: 900 });
  const frame = page.frameLocator("#resource-account-calculator");
  await frame.locator('[data-testid="read-only-card"]').waitFor();
  assert.equal(await frame.locator('[data-testid="accounts-needing-license"]').getAttribute("data-value"), "90");
  await page.waitForFunction(() => document.getElementById("resource-account-calculator").getBoundingClientRect().height < 900);
  const h = await page.locator("#resource-account-calculator").evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(h <= 520, `the card is ${h}px tall`);
  assert.equal(await frame.locator("button").count(), 0, "no button that goes nowhere");
  const [popup] = await Promise.all([page.waitForEvent("popup"), frame.locator('[data-testid="open-full"]').click()]);
  await popup.locator('[data-testid="accounts-needing-license"][data-value="90"]').waitFor();
  await screenshot(page, "embed-read-only-card-800");
  await context.close();
  host.close();
});

test("a frame that cannot start says so instead of staying white", async () => {
  // A sandboxed frame on a host without Access-Control-Allow-Origin cannot load the app.
  const host = await serveHost(`<!doctype html><html><body>
<iframe id="f" src="${site.url}?embed=1" sandbox="allow-scripts" style="width:100%;height:300px;border:0"></iframe></body></html>`);
  const { page, context } = await openPage(browser, host.url);
  const message = page.frameLocator("#f").locator(".boot-message");
  await message.waitFor({ state: "visible", timeout: 15000 });
  assert.match(await message.textContent(), /could not start here/);
  await context.close();
  host.close();
});

test("a link's plan is shown without the example flashing first", async () => {
  const maker = await openPage(browser, site.url);
  await calculator(maker.page).startEmpty();
  await calculator(maker.page).byTest("license-MCOEV").pressSequentially("3");
  const link = await shareLink(maker.page);
  await maker.context.close();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Record every accounts-needing value the page ever shows, from the first paint on.
  await page.addInitScript(() => {
    window.seen = [];
    new MutationObserver(() => {
      const el = document.querySelector('[data-testid="accounts-needing-license"]');
      if (el) window.seen.push(el.dataset.value);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.goto(link);
  await page.waitForFunction(() => document.querySelector('[data-testid="license-MCOEV"]')?.value === "3");
  const seen = await page.evaluate(() => window.seen);
  assert.ok(!seen.includes("90"), `the example's 90 was shown first: ${seen.join(",")}`);
  await context.close();
});

test("messages a user understands: a truncated file says where it ends", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  const file = path.join(artifactsDir, "truncated-plan.json");
  await fs.mkdir(artifactsDir, { recursive: true });
  const full = JSON.stringify({ format: "resource-account-plan", version: 2, licenses: { SPE_E5: 10 }, callFlows: [{ kind: "autoAttendant", name: "A" }] }, null, 2);
  await fs.writeFile(file, full.slice(0, full.length - 20));
  await calc.byTest("import-file").setInputFiles(file);
  const error = calc.byTest("import-error");
  await error.waitFor({ state: "visible" });
  const text = await error.textContent();
  assert.match(text, /The file ends too early/);
  assert.match(text, /\(line \d+, column \d+\)/);
  assert.doesNotMatch(text, /EOF/);
  await context.close();
});
