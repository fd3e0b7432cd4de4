// Loads the app from files beside this one, so the site works from any sub-path and under
// a Content-Security-Policy that allows no inline script.
import init from "./resource-account-calculator.js";

init({ module_or_path: new URL("./resource-account-calculator_bg.wasm", import.meta.url) });
