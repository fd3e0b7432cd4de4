// The rules in force today first, the 2019 and 2022 answers beside them, and files and
// links made under the old rules still opening as they were.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import zlib from "node:zlib";
import { useSite, openPage, calculator, screenshot, artifactsDir } from "./support.mjs";

const { site, browser } = useSite("/tools/calc/");

/** A version-1 plan (as the calculator wrote before the 2025 edition): the seeds' Contoso
 * shape with a nested queue without a number. */
const v1Plan = (rules) => ({
  format: "resource-account-plan",
  version: 1,
  rules,
  licenses: { SPE_E5: 600 },
  callFlows: [
    ...Array.from({ length: 89 }, (_, i) => ({
      kind: i % 2 ? "callQueue" : "autoAttendant",
      name: `Site ${i + 1}`,
      resourceAccounts: [{ displayName: `Site ${i + 1}`, phoneNumber: `+1425555${String(1000 + i)}`, numberType: "callingPlan" }],
    })),
    {
      kind: "autoAttendant", name: "Main",
      resourceAccounts: [{ displayName: "Main", phoneNumber: "+14255559999", numberType: "callingPlan" }],
      children: [{ kind: "callQueue", name: "Sales", resourceAccounts: [{ displayName: "Sales" }] }],
    },
  ],
});

test("a first visit opens on the 2025 rules with the Contoso example marked as one, and saves nothing", async () => {
  const { page, context, problems } = await openPage(browser, site.url);
  const calc = calculator(page);
  assert.equal(await calc.byTest("rules-edition").inputValue(), "2025");
  assert.match(await calc.byTest("example-marker").textContent(), /Example: Contoso, 600 Teams Phone licenses, 90 auto attendants and call queues/);
  assert.equal(await calc.figure("accounts-needing-license"), 90);
  assert.equal(await calc.figure("paid-needed"), 0);
  assert.equal(await calc.figure("accounts-removable"), 0);
  assert.match(await calc.byTest("summary").textContent(), /all at no cost/);
  assert.match(await calc.byTest("rules-explain").textContent(), /no longer any cost/);
  // The steps say what to "buy" at $0, through the chosen channel.
  const steps = await calc.byTest("step").allTextContents();
  assert.ok(steps.some((s) => /Get 90 Resource Account licenses at no cost/.test(s) && /Marketplace/.test(s)), steps.join("\n"));
  await page.waitForTimeout(800);
  assert.equal(await page.evaluate(() => localStorage.getItem("resource-account-calculator:plan")), null, "the example is not the user's plan");
  await calc.byTest("channel").selectOption("partner");
  assert.match((await calc.byTest("step").allTextContents()).join("\n"), /CSP partner/);
  assert.equal(await calc.byTest("example-marker").count(), 0, "changed, it is the user's own");
  await page.waitForFunction(() => (localStorage.getItem("resource-account-calculator:plan") || "").includes('"channel": "partner"'));
  await screenshot(page, "first-visit-2025-1280");
  assert.deepEqual(problems, []);
  await context.close();
});

test("switching editions updates every figure and the side-by-side view, typed key by key", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.startEmpty();
  await calc.byTest("license-SPE_E5").pressSequentially("500");
  await calc.byTest("licenses-shared-devices").locator("summary").isVisible();
  await calc.byTest("license-MCOCAP").pressSequentially("100");
  await page.locator(".quick-entry > summary").click();
  await calc.byTest("quick-count").fill("");
  await calc.byTest("quick-count").pressSequentially("90");
  await calc.byTest("quick-add").click();
  await page.locator('[data-testid="accounts-needing-license"][data-value="90"]').waitFor();

  const expect = {
    "2025": { "free-allotment": 90, "free-used": 90, "paid-needed": 0, "qualifying-licenses": 600 },
    "2022": { "free-allotment": 85, "free-used": 85, "paid-needed": 5, "qualifying-licenses": 600 },
    "2019": { "free-allotment": 75, "free-used": 75, "paid-needed": 15, "qualifying-licenses": 500 },
  };
  for (const [year, figures] of Object.entries(expect)) {
    for (const [id, value] of Object.entries(figures)) {
      assert.equal(await calc.figure(`edition-${year}-${id}`), value, `side by side, ${year} ${id}`);
    }
  }
  for (const year of ["2022", "2019", "2025"]) {
    await calc.setRules(year);
    for (const [id, value] of Object.entries(expect[year])) {
      assert.equal(await calc.figure(id), value, `${year} ${id}`);
    }
    assert.equal(await page.locator(`[data-testid="edition-${year}-paid-needed"].current`).count(), 1, "the shown edition's column is marked");
    assert.equal(await calc.byTest("rules-not-in-force").count(), year === "2025" ? 0 : 1);
  }
  const why = (await calc.byTest("edition-difference").allTextContents()).join("\n");
  assert.match(why, /Shared Devices.*count toward the allotment.*your 100 add 10/s);
  assert.match(why, /cost nothing/);
  assert.match(await calc.byTest("editions-sources").textContent(), /Manage resource accounts/);
  await calc.setRules("2019");
  await calc.byTest("use-rules-in-force").click();
  assert.equal(await calc.byTest("rules-edition").inputValue(), "2025");
  await calc.byTest("editions").screenshot({ path: path.join(artifactsDir, "editions-1280.png") });
  await context.close();
});

test("nested queues without numbers can be dropped under 2025, and the steps say how", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await calc.byTest("example-contoso-nested-2025").click();
  await page.locator('[data-testid="accounts-removable"][data-value="40"]').waitFor();
  assert.equal(await calc.figure("accounts-needing-license"), 90);
  assert.equal(await calc.figure("edition-2019-accounts-needing-license"), 50);
  const steps = (await calc.byTest("step").allTextContents()).join("\n");
  assert.match(steps, /Get 50 Resource Account licenses at no cost/);
  assert.match(steps, /Target 40 nested auto attendants and call queues directly/);
  assert.match(steps, /ConfigurationEndpoint/);
  await calc.byTest("editions-accounts").locator("summary").click();
  const row = calc.byTest("edition-account").nth(1);
  assert.match(await row.locator('[data-edition="2025"]').textContent(), /can be dropped/);
  assert.match(await row.locator('[data-edition="2019"]').textContent(), /no license needed/);
  await context.close();
});

test("a version 1 file of each old edition opens with its old figures", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  await fs.mkdir(artifactsDir, { recursive: true });
  for (const [rules, edition, needing, paid] of [["original", "2019", 90, 5], ["current", "2022", 91, 6]]) {
    const file = path.join(artifactsDir, `v1-${rules}.json`);
    await fs.writeFile(file, JSON.stringify(v1Plan(rules)));
    await calc.byTest("import-file").setInputFiles(file);
    await page.locator(`[data-testid="paid-needed"][data-value="${paid}"]`).waitFor();
    assert.equal(await calc.byTest("rules-edition").inputValue(), edition);
    assert.equal(await calc.figure("free-allotment"), 85);
    assert.equal(await calc.figure("accounts-needing-license"), needing);
    assert.equal(await calc.byTest("import-error").isVisible(), false);
  }
  await context.close();
});

test("a share link made before the 2025 edition still opens with its rules", async () => {
  const json = Buffer.from(JSON.stringify(v1Plan("original")));
  const payload = zlib.deflateRawSync(json).toString("base64url");
  const { page, context, problems } = await openPage(browser, `${site.url}#plan=1.${payload}`);
  const calc = calculator(page);
  await page.locator('[data-testid="accounts-needing-license"][data-value="90"]').waitFor();
  assert.equal(await calc.byTest("rules-edition").inputValue(), "2019");
  assert.equal(await calc.figure("paid-needed"), 5);
  assert.equal(await calc.figure("accounts-without-license-need"), 1);
  assert.equal(await calc.figure("edition-2025-accounts-removable"), 1);
  assert.equal(await calc.byTest("link-error").count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test("every license of the catalog can be found by name, part number or skuId", async () => {
  const { page, context } = await openPage(browser, site.url);
  const calc = calculator(page);
  const filter = page.locator("#license-filter");
  for (const [text, testId] of [
    ["Rooms Pro", "license-Microsoft_Teams_Rooms_Pro"],
    ["MCOPSTN_5", "license-MCOPSTN_5"],
    ["d43177b5", "license-d43177b5-475b-4880-92d4-d54c27b5efbd"],
    ["no teams", "license-Microsoft_365_E5_(no_Teams)"],
  ]) {
    await filter.fill("");
    await filter.pressSequentially(text);
    await calc.byTest(testId).waitFor();
  }
  await filter.fill("");
  await filter.pressSequentially("Rooms Pro");
  assert.match(await calc.byTest("licenses-teams-rooms").textContent(), /never count toward the 25 \+ 1 per 10/);
  await calc.byTest("license-Microsoft_Teams_Rooms_Pro").pressSequentially("20");
  await calc.startEmpty();
  await context.close();
});
