// The plan travels without a server: reload, share links, embedding, and no byte of it
// going anywhere but this origin.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { useSite, serveDist, serveHost, openPage, calculator, shareLink, artifactsDir, screenshot } from "./support.mjs";

const { site, browser } = useSite("/wiki/tools/calc/");
let corsSite;
before(async () => {
  corsSite = await serveDist("/calc/", { cors: true });
});
after(() => corsSite?.close());

const waitAutosave = (page) => page.waitForFunction(
  () => (localStorage.getItem("resource-account-calculator:plan") || "").includes('"MCOCAP": 40'),
);

test("reload keeps the plan", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.setLicense("MCOCAP", 40);
  await calc.byTest("delete-node").first().click();
  await waitAutosave(page);
  await page.reload();
  await calc.figure("free-allotment");
  assert.equal(await calc.byTest("license-MCOCAP").inputValue(), "40");
  assert.equal(await calc.figure("accounts-needing-license"), 89);
  await context.close();
});

test("the share link rides in the fragment and restores the plan in a fresh browser profile", async () => {
  const { page, context, requests } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.setLicense("MCOEV", 321);
  await calc.setRules("2022");
  const link = await shareLink(page);
  assert.ok(link.startsWith(site.url + "?lang=en#plan=1."), link);
  assert.ok(!requests.some((u) => u.includes("plan=")), "no request ever carries the plan");
  await context.close();

  const fresh = await openPage(browser, link);
  const calc2 = calculator(fresh.page);
  await fresh.page.waitForFunction(() => document.querySelector('[data-testid="license-MCOEV"]')?.value === "321");
  assert.equal(await calc2.figure("qualifying-licenses"), 921);
  assert.equal(await calc2.byTest("rules-edition").inputValue(), "2022");
  assert.equal(await calc2.byTest("link-opened").count(), 0, "nothing of the user's own to keep in a fresh profile");
  assert.equal(fresh.page.url(), `${site.url}?lang=en`, "the fragment is dropped once the plan is the page's own; the language stays");
  assert.equal(await calc2.byTest("share-link-long").count(), 0, "a small plan's link is short");
  await fresh.context.close();
});

test("a truncated link says so and leaves the saved plan alone", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.setLicense("MCOCAP", 40);
  await waitAutosave(page);
  const link = await shareLink(page);
  const truncated = link.slice(0, link.length - 25);
  await page.goto("about:blank");
  await page.goto(truncated);
  const error = calc.byTest("link-error");
  await error.waitFor();
  assert.match(await error.textContent(), /damaged or cut short|cut short or changed/);
  assert.equal(await calc.byTest("license-MCOCAP").inputValue(), "40", "the saved plan is shown");
  await page.goto(site.url);
  await calc.figure("free-allotment");
  assert.equal(await calc.byTest("license-MCOCAP").inputValue(), "40", "and still saved");
  await context.close();
});

test("opening someone's link keeps your own plan and offers to go back to it", async () => {
  const other = await openPage(browser, site.url);
  await calculator(other.page).startEmpty();
  await calculator(other.page).setLicense("MCOEV", 7);
  const link = await shareLink(other.page);
  await other.context.close();

  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.setLicense("MCOCAP", 40);
  await waitAutosave(page);
  await page.goto(link);
  await calc.byTest("link-opened").waitFor();
  assert.equal(await calc.figure("accounts-needing-license"), 0, "the shared (empty) plan is shown");
  await calc.byTest("back-to-my-plan").click();
  await page.waitForFunction(() => document.querySelector('[data-testid="accounts-needing-license"]').dataset.value === "90");
  assert.equal(await calc.byTest("license-MCOCAP").inputValue(), "40");
  await context.close();
});

function hostPage(src, sandbox) {
  return `<!doctype html><html><body><h1>Wiki page</h1>
<iframe id="resource-account-calculator" src="${src}" ${sandbox ? `sandbox="${sandbox}"` : ""} style="width:100%;height:300px;border:0"></iframe>
<script>
window.heights = [];
window.addEventListener("message", function (e) {
  if (e.data && e.data.type === "resource-account-calculator:height") {
    window.heights.push({ keys: Object.keys(e.data).sort().join(","), height: e.data.height, origin: e.origin });
    document.getElementById("resource-account-calculator").style.height = Math.ceil(e.data.height) + "px";
  }
});
</script></body></html>`;
}

test("embedded in a wiki page on another origin, the parent receives height messages", async () => {
  const host = await serveHost(hostPage(site.url + "?embed=1", ""));
  const { page, context } = await openPage(browser, host.url);
  const frame = page.frameLocator("#resource-account-calculator");
  await frame.locator('[data-testid="free-allotment"]').waitFor();
  await page.waitForFunction(() => window.heights.length > 0);
  const heights = await page.evaluate(() => window.heights);
  assert.ok(heights.every((h) => h.keys === "height,type"), "height only, nothing of the plan");
  assert.ok(heights.at(-1).height > 300, JSON.stringify(heights));
  const frameHeight = await page.locator("#resource-account-calculator").evaluate((f) => f.getBoundingClientRect().height);
  assert.ok(Math.abs(frameHeight - Math.ceil(heights.at(-1).height)) <= 1, "the host sized the frame");
  assert.equal(await frame.locator('[data-testid="steps"]').count(), 0, "no page chrome in the embed");
  await screenshot(page, "embedded-wiki-1280");
  await context.close();
  host.close();
});

test("inside <iframe sandbox=allow-scripts> (no storage, no clipboard) the app computes an imported plan", async () => {
  const host = await serveHost(hostPage(corsSite.url + "?embed=1", "allow-scripts"));
  const { page, context, problems } = await openPage(browser, host.url);
  const frame = page.frameLocator("#resource-account-calculator");
  await frame.locator('[data-testid="free-allotment"]').waitFor();
  const file = path.join(artifactsDir, "sandbox-plan.json");
  await fs.mkdir(artifactsDir, { recursive: true });
  await fs.writeFile(file, JSON.stringify({
    format: "resource-account-plan", version: 1, rules: "current", licenses: { SPE_E5: 150 },
    callFlows: [{ kind: "autoAttendant", name: "Main", resourceAccounts: [{ displayName: "Main" }],
      children: [{ kind: "callQueue", name: "Sales", resourceAccounts: [{ displayName: "Sales" }] }] }],
  }));
  await frame.locator('[data-testid="import-file"]').setInputFiles(file);
  await page.waitForFunction(() => window.heights.length > 0);
  const needing = frame.locator('[data-testid="accounts-needing-license"]');
  await needing.and(frame.locator('[data-value="2"]')).waitFor();
  assert.equal(await frame.locator('[data-testid="free-allotment"]').getAttribute("data-value"), "40");
  assert.deepEqual(problems.filter((p) => !/favicon/.test(p)), [], "nothing broke");
  await context.close();
  host.close();
});

test("a whole session asks no other origin for anything", async () => {
  const { page, context, requests } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.setLicense("SPE_E5", 1000);
  await calc.byTest("add-call-queue").click();
  await calc.byTest("account-phone").last().fill("+1 425 555 0199");
  await shareLink(page);
  await Promise.all([page.waitForEvent("download"), calc.byTest("export-json").click()]);
  await page.locator(".powershell > summary").click();
  await page.locator('[data-testid="embed-panel"] > summary').click();
  await page.reload();
  await calc.figure("free-allotment");
  const foreign = requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith("blob:") && !u.startsWith("data:"));
  assert.deepEqual(foreign, []);
  await context.close();
});

test("where storage is blocked the full page works from memory and says so once", async () => {
  const host = await serveHost(hostPage(corsSite.url, "allow-scripts"));
  const { page, context, problems } = await openPage(browser, host.url);
  const frame = page.frameLocator("#resource-account-calculator");
  await frame.locator('[data-testid="free-allotment"]').waitFor();
  assert.equal(await frame.locator('[data-testid="storage-notice"]').count(), 1);
  await frame.locator('[data-testid="license-MCOEV"]').pressSequentially("10");
  await frame.locator('[data-testid="qualifying-licenses"][data-value="610"]').waitFor();
  const link = frame.locator('[data-testid="share-link"]');
  for (let i = 0; i < 100 && (await link.getAttribute("data-pending")) !== "false"; i++) await page.waitForTimeout(50);
  assert.match(await link.inputValue(), /#plan=1\./, "a share link is made without storage");
  assert.equal(await frame.locator('[data-testid="storage-notice"]').count(), 1, "said once");
  assert.deepEqual(problems, []);
  await context.close();
  host.close();
});

test("a read-only embed of a published example shows figures and no editor", async () => {
  const maker = await openPage(browser, site.url);
  const link = await shareLink(maker.page);
  await maker.context.close();
  const fragment = link.slice(link.indexOf("#"));
  const { page, context } = await openPage(browser, `${site.url}?embed=1&readonly=1${fragment}`);
  await page.locator('[data-testid="accounts-needing-license"][data-value="90"]').waitFor();
  assert.equal(await page.locator("input, select, textarea").count(), 0, "nothing to edit");
  assert.equal(await page.locator('[data-testid="paid-needed"]').getAttribute("data-value"), "0");
  await context.close();
});

test("the printed quote carries the share link", async () => {
  const { page, context } = await openPage(browser, site.url);
  const link = await shareLink(page);
  await page.emulateMedia({ media: "print" });
  const printed = page.locator('[data-testid="sheet-link"]');
  assert.equal(await printed.isVisible(), true);
  // The page shows the link's start; the PDF keeps the whole link behind it.
  assert.equal(await printed.locator("a").getAttribute("href"), link);
  assert.ok(link.startsWith((await printed.locator("a").textContent()).replace("…", "")));
  assert.equal(await page.locator('[data-testid="call-flow-tree"]').isVisible(), false, "the editor is not printed");
  await context.close();
});

test("a saved plan this version cannot read is reported and kept, not dropped", async () => {
  const { page, context } = await openPage(browser, site.url);
  await page.evaluate(() => localStorage.setItem("resource-account-calculator:plan", '{"format":"resource-account-plan","version":9}'));
  await page.reload();
  const notice = page.locator('[data-testid="saved-unreadable"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /newer version/);
  const kept = await page.evaluate(() => localStorage.getItem("resource-account-calculator:plan-unreadable"));
  assert.equal(kept, '{"format":"resource-account-plan","version":9}');
  await context.close();
});

test("a link too long for mail and chat says so", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await page.locator(".quick-entry > summary").click();
  await calc.byTest("quick-count").fill("2000");
  await calc.byTest("quick-add").click();
  await page.locator('[data-testid="accounts-needing-license"][data-value="2090"]').waitFor();
  const link = await shareLink(page);
  assert.ok(link.length > 8000, `${link.length} characters`);
  assert.match(await calc.byTest("share-link-long").textContent(), /send the saved file instead/);
  await context.close();
});
