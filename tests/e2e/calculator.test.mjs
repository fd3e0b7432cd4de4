// A sales engineer and an admin using the calculator, as user stories.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { useSite, openPage, calculator, screenshot, artifactsDir, axeScan } from "./support.mjs";

const { site, browser } = useSite("/tools/calc/");

test("typing the seeds' Contoso case gives 85 free and 5 paid", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  await calc.setRules("2019");
  await calc.setLicense("SPE_E5", 600);
  assert.equal(await calc.figure("free-allotment"), 85);
  // Quick entry: 90 auto attendants with numbers at the top level.
  await page.locator(".quick-entry > summary").click();
  await calc.byTest("quick-count").fill("90");
  await calc.byTest("quick-kind").selectOption("autoAttendant");
  await calc.byTest("quick-add").click();
  assert.equal(await calc.figure("accounts-needing-license"), 90);
  assert.equal(await calc.figure("free-used"), 85);
  assert.equal(await calc.figure("paid-needed"), 5);
  assert.equal(await calc.figure("licenses-to-cover-all"), 50);
  assert.equal(await calc.byTest("cost-monthly").getAttribute("data-value"), "40");
  assert.match(await calc.byTest("summary").textContent(), /85 free, 5 to pay for/);
  await screenshot(page, "contoso-typed-1280");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a nested tree: the queue without a number needs a license only under the current rules", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  await calc.setLicense("MCOEV", 20);
  await calc.byTest("add-auto-attendant").click();
  await calc.byTest("account-phone").first().fill("+1 250 555 0012");
  await calc.byTest("account-number-type").first().selectOption("callingPlan");
  await calc.byTest("nest-call-queue").first().click();
  await calc.byTest("nest-call-queue").nth(1).click();
  assert.equal(await calc.nodes().count(), 3);
  assert.equal(await page.locator('[data-testid="call-flow-node"][data-depth="3"]').count(), 1);
  assert.equal(await calc.figure("accounts-removable"), 2, "2025: both nested queues without numbers can go");
  await calc.setRules("2022");
  assert.equal(await calc.figure("accounts-needing-license"), 3);
  assert.equal(await calc.figure("accounts-without-license-need"), 0);
  assert.equal(await calc.figure("accounts-removable"), 0);
  await calc.setRules("2019");
  assert.equal(await calc.figure("accounts-needing-license"), 1);
  assert.equal(await calc.figure("accounts-without-license-need"), 2);
  assert.equal(await page.locator('[data-decision="none"]').count(), 2);
  await screenshot(page, "nested-original-1280");
  await context.close();
});

test("export then import gives the same plan back", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.setLicense("MCOCAP", 40);
  const [download] = await Promise.all([page.waitForEvent("download"), calc.byTest("export-json").click()]);
  const file = path.join(artifactsDir, "exported-plan.json");
  await fs.mkdir(artifactsDir, { recursive: true });
  await download.saveAs(file);
  const saved = JSON.parse(await fs.readFile(file, "utf8"));
  assert.equal(saved.format, "resource-account-plan");
  assert.equal(saved.version, 2);
  assert.equal(saved.rules, "2025");
  assert.equal(saved.channel, "webDirect");
  assert.equal(saved.licenses.MCOCAP, 40);
  assert.equal(saved.callFlows.length, 90);

  await calc.startEmpty();
  assert.equal(await calc.figure("accounts-needing-license"), 0);
  await calc.byTest("import-file").setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid="accounts-needing-license"]')?.dataset.value === "90");
  assert.equal(await calc.figure("free-used"), 90);
  assert.equal(await calc.figure("paid-needed"), 0);
  assert.equal(await calc.figure("qualifying-licenses"), 640);
  assert.equal(await calc.byTest("license-MCOCAP").inputValue(), "40");
  assert.equal(await calc.byTest("import-error").isVisible(), false);
  await context.close();
});

test("a broken file says why and leaves the plan as it was", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  const broken = path.join(artifactsDir, "broken-plan.json");
  await fs.mkdir(artifactsDir, { recursive: true });
  await fs.writeFile(broken, JSON.stringify({
    format: "resource-account-plan", version: 1,
    callFlows: [{ kind: "autoAttendant", name: "A", resourceAccounts: [{ displayName: "A", phonenumber: "+1" }] }],
  }));
  await calc.byTest("import-file").setInputFiles(broken);
  const error = calc.byTest("import-error");
  await error.waitFor({ state: "visible" });
  const text = await error.textContent();
  assert.match(text, /broken-plan\.json/);
  assert.match(text, /callFlows\[0\]\.resourceAccounts\[0\]\.phonenumber/);
  assert.match(text, /unchanged/);
  assert.equal(await calc.figure("accounts-needing-license"), 90, "Contoso is still there");

  await fs.writeFile(broken, JSON.stringify({ format: "resource-account-plan", version: 7 }));
  await calc.byTest("import-file").setInputFiles(broken);
  await page.waitForFunction(() => /newer version/.test(document.querySelector('[data-testid="import-error"]').textContent));
  assert.equal(await calc.figure("accounts-needing-license"), 90);
  await context.close();
});

test("pasting Export-Csv output adds the accounts and names the rows it could not read", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  await calc.setLicense("SPE_E5", 100);
  const csv = [
    "#TYPE Microsoft.Rtc.Management.Hosted.Online.Models.OnlineApplicationInstance",
    '"ObjectId","UserPrincipalName","ApplicationId","DisplayName","PhoneNumber"',
    '"1","aa@contoso.com","ce933385-9390-45d1-9512-c8d228074e07","Main AA","tel:+14255550100"',
    '"2","cq@contoso.com","11cd3e2e-fccb-42ad-ad00-878b93575e07","Sales CQ",""',
    '"3","x@contoso.com","not-an-id","Mystery",""',
  ].join("\r\n");
  await page.locator(".quick-entry > summary").click();
  await calc.byTest("csv-text").fill(csv);
  await calc.byTest("csv-number-type").selectOption("operatorConnect");
  await calc.byTest("csv-import").click();
  await calc.byTest("csv-report").waitFor();
  assert.equal(await calc.nodes().count(), 2);
  assert.match(await calc.byTest("csv-problem").textContent(), /Line 5: ApplicationId “not-an-id”/);
  assert.equal(await calc.figure("accounts-needing-license"), 2);
  assert.equal(await calc.byTest("account-number-type").first().inputValue(), "operatorConnect");
  await context.close();
});

test("one auto attendant entered with the keyboard alone", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  await calc.setLicense("MCOEV", 10);
  // From the licenses, Tab forward until "Add auto attendant" has focus.
  await calc.byTest("license-MCOEV").focus();
  let found = false;
  for (let i = 0; i < 200 && !found; i++) {
    await page.keyboard.press("Tab");
    found = await page.evaluate(() => document.activeElement?.dataset?.testid === "add-auto-attendant");
  }
  assert.ok(found, "Add auto attendant is reachable with Tab");
  await page.keyboard.press("Enter");
  assert.equal(await calc.nodes().count(), 1);
  // Tab to the phone field and type a number, then choose its type with the keyboard.
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate(() => document.activeElement?.dataset?.testid === "account-phone")) break;
  }
  await page.keyboard.type("+44 20 7946 0958");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.testid), "account-number-type");
  await page.keyboard.press("ArrowDown");
  assert.equal(await calc.byTest("account-number-type").inputValue(), "callingPlan");
  await calc.setRules("2019");
  assert.equal(await calc.figure("accounts-needing-license"), 1);
  assert.equal(await calc.figure("free-used"), 1);
  await context.close();
});

test("no serious or critical accessibility violations (axe-core)", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(site.url);
  await calculator(page).figure("free-allotment");
  await page.locator(".quick-entry > summary").click();
  await page.locator(".powershell > summary").click();
  const violations = await axeScan(page);
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  assert.deepEqual(serious, [], JSON.stringify(serious, null, 2));
  await context.close();
});

test("at 390 px the calculator fits and the figures come first", async () => {
  const { page, context } = await openPage(browser, site.url, { width: 390, height: 844 });
  await calculator(page).figure("free-allotment");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  const resultsTop = await page.locator(".results").evaluate((e) => e.getBoundingClientRect().top);
  const treeTop = await page.locator(".call-flows").evaluate((e) => e.getBoundingClientRect().top);
  assert.ok(resultsTop < treeTop, "results before the editor on a phone");
  await screenshot(page, "calculator-phone-390");
  await context.close();
});
