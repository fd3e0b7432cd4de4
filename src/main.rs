//! Mounts the app in the browser. Built natively, it only says where the app is.

#[cfg(target_arch = "wasm32")]
fn main() {
    resource_account_calculator::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("This is a browser app: run `make run` and open http://127.0.0.1:8080");
}
