// The yardstick `make bench` compares the calculator with: Microsoft's Contoso example
// (600 licenses with Teams Phone, 90 auto attendants and call queues with numbers) under
// the 2025 rules, computed and shown as the calculator's figures, in plain JavaScript.
// Not shipped; it only tells how fast the same answer can appear without a framework.
const accounts = 90;
const qualifying = 600;
const figures = [
  ["Accounts needing a license", "accounts-needing-license", accounts],
  ["Accounts you can drop", "accounts-removable", 0],
  ["To pay for", "paid-needed", 0],
  ["Free licenses", "free-allotment", accounts],
  ["Free licenses used", "free-used", accounts],
  ["Qualifying licenses", "qualifying-licenses", qualifying],
  ["Accounts needing none", "accounts-without-license-need", 0],
  ["More licenses to cover all", "licenses-to-cover-all", 0],
];
const nf = new Intl.NumberFormat();
const app = document.getElementById("app");
app.innerHTML = `<div class="app"><header class="app-header"><h1>Teams Phone resource account licenses</h1></header>
<section class="panel results"><h2>Result</h2>
<p class="summary">${nf.format(accounts)} resource accounts need a Resource Account license, all at no cost.</p>
<dl class="figures">${figures.map(([label, id, v], i) => `<div class="figure${i < 2 ? " figure-main" : ""}"><dt>${label}</dt><dd class="value" data-testid="${id}" data-value="${v}">${nf.format(v)}</dd></div>`).join("")}</dl>
</section></div>`;
