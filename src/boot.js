// Loads the app from files beside this one, so the site works from any sub-path and under
// a Content-Security-Policy that allows no inline script.
import init from "./resource-account-calculator.js";

// A reader in another language than English needs its catalog before the first figures:
// asked for now, beside the wasm, and taken from the preload cache when the app fetches
// it. The choice is the app's (i18n::Lang): ?lang=, then the switcher's, then the browser's.
function language() {
  const parse = (tag) => {
    const [primary, ...rest] = String(tag).toLowerCase().split(/[-_]/);
    if (primary === "en" || primary === "fr" || primary === "it") return { en: "en", fr: "fr-FR", it: "it-IT" }[primary];
    if (primary !== "zh") return null;
    const traditional = !rest.includes("hans") && rest.some((s) => ["hant", "tw", "hk", "mo"].includes(s));
    return traditional ? "zh-TW" : "zh-CN";
  };
  const query = new URLSearchParams(location.search).get("lang");
  let stored = null;
  try {
    stored = localStorage.getItem("resource-account-calculator:lang");
  } catch {
    // Storage blocked (a sandboxed frame): the browser's languages decide.
  }
  return (query && parse(query)) || (stored && parse(stored)) || (navigator.languages || [navigator.language]).map(parse).find(Boolean) || "en";
}
const lang = language();
if (lang !== "en") {
  const link = document.createElement("link");
  link.rel = "preload";
  link.as = "fetch";
  link.crossOrigin = "anonymous";
  link.href = new URL(`./i18n/${lang}.json`, import.meta.url).href;
  document.head.append(link);
}

init({ module_or_path: new URL("./resource-account-calculator_bg.wasm", import.meta.url) });
