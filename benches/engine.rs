//! `make bench`: engine time by size and plan-file read time, natively, release build.
//! Prints a Markdown table; the README's performance section quotes it.

use std::hint::black_box;
use std::time::{Duration, Instant};

use resource_account_calculator::engine::evaluate;
use resource_account_calculator::examples::synthetic;
use resource_account_calculator::plan_file::{read_plan, write_plan};

/// Median of `runs` timings of `f`, after one warm-up run.
fn median(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    if cfg!(debug_assertions) {
        eprintln!("note: a debug build; run `cargo bench --bench engine` for meaningful numbers");
    }
    println!("| measure | resource accounts | median |");
    println!("|---|---:|---:|");
    for n in [1_000usize, 20_000, 100_000] {
        let plan = synthetic(n);
        let t = median(21, || {
            black_box(evaluate(black_box(&plan)));
        });
        println!("| engine: evaluate (figures, decisions, warnings, steps) | {n} | {} |", ms(t));
    }
    // The browser benchmark (scripts/bench-browser.mjs) imports this 20,000-account plan.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("bench-results");
    std::fs::create_dir_all(&dir).expect("bench-results/");
    std::fs::write(dir.join("plan-20000.json"), write_plan(&synthetic(20_000)).expect("plan writes"))
        .expect("plan saved");

    // About 345 bytes per account as written: 60,000 accounts make a file of about 20 MB.
    let plan = synthetic(60_000);
    let text = write_plan(&plan).expect("plan writes");
    let t = median(5, || {
        black_box(read_plan(black_box(&text)).expect("plan reads"));
    });
    println!(
        "| plan file: read and validate {:.1} MB | {} | {} |",
        text.len() as f64 / 1_000_000.0,
        plan_accounts(&plan),
        ms(t)
    );
}

fn plan_accounts(plan: &resource_account_calculator::engine::Plan) -> usize {
    resource_account_calculator::engine::flatten(&plan.call_flows).iter().map(|n| n.node.resource_accounts.len()).sum()
}
