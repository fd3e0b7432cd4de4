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

use resource_account_calculator::engine::tenant::read_snapshot;

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

    // Read my tenant: a snapshot into a plan with its findings. The browser benchmark opens
    // the 2,000-account one.
    for n in [2_000usize, 20_000] {
        let text = tenant_snapshot(n);
        if n == 2_000 {
            std::fs::write(dir.join("tenant-2000.json"), &text).expect("snapshot saved");
        }
        let t = median(5, || {
            black_box(read_snapshot(black_box(text.as_bytes()), &Default::default(), None).expect("snapshot reads"));
        });
        println!(
            "| tenant snapshot: read into a plan, findings ({:.1} MB) | {n} | {} |",
            text.len() as f64 / 1_000_000.0,
            ms(t)
        );
    }
}

/// A tenant snapshot of `n` resource accounts: one numbered auto attendant per ten
/// accounts, with nine call queues nested under it (half through their account, half
/// directly), each account licensed.
fn tenant_snapshot(n: usize) -> String {
    const AA: &str = "ce933385-9390-45d1-9512-c8d228074e07";
    const CQ: &str = "11cd3e2e-fccb-42ad-ad00-878b93575e07";
    let (mut ras, mut aas, mut cqs, mut lic) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    let ra = |id: &str, app: &str, number: &str| {
        format!(
            r#"{{"objectId":"{id}","userPrincipalName":"{id}@contoso.com","displayName":"{id}","applicationId":"{app}","phoneNumber":"{number}"}}"#
        )
    };
    for g in 0..n / 10 {
        ras.push(ra(&format!("ra-{g}-0"), AA, &format!("tel:+1425{g:07}")));
        lic.push(format!(r#""ra-{g}-0@contoso.com":["PHONESYSTEM_VIRTUALUSER"]"#));
        let mut options = Vec::new();
        for q in 1..10 {
            ras.push(ra(&format!("ra-{g}-{q}"), CQ, ""));
            lic.push(format!(r#""ra-{g}-{q}@contoso.com":["PHONESYSTEM_VIRTUALUSER"]"#));
            cqs.push(format!(
                r#"{{"identity":"cq-{g}-{q}","name":"Queue {g}.{q}","applicationInstances":["ra-{g}-{q}"],"oboResourceAccountIds":[],"overflowAction":"DisconnectWithBusy","overflowActionTarget":null,"timeoutAction":"Disconnect","timeoutActionTarget":null,"noAgentAction":"Queue","noAgentActionTarget":null}}"#
            ));
            let (id, kind) = if q % 2 == 0 {
                (format!("ra-{g}-{q}"), "ApplicationEndpoint")
            } else {
                (format!("cq-{g}-{q}"), "ConfigurationEndpoint")
            };
            options.push(format!(
                r#"{{"dtmf":"Tone{q}","action":"TransferCallToTarget","target":{{"id":"{id}","type":"{kind}"}}}}"#
            ));
        }
        aas.push(format!(
            r#"{{"identity":"aa-{g}","name":"Reception {g}","applicationInstances":["ra-{g}-0"],"defaultCallFlowId":"f-{g}","operator":null,"callFlows":[{{"id":"f-{g}","name":"Default call flow","menuOptions":[{}]}}],"callHandlingAssociations":[]}}"#,
            options.join(",")
        ));
    }
    format!(
        r#"{{"format":"teams-tenant-snapshot","version":1,"createdUtc":"2026-11-24T09:00:00Z","tenantId":"bench","subscribedSkus":[{{"skuId":"06ebc4ee-1bb5-47dd-8120-11324bc54e06","skuPartNumber":"SPE_E5","appliesTo":"User","consumedUnits":1,"prepaidUnits":{{"enabled":5000,"warning":0,"suspended":0,"lockedOut":0}},"servicePlans":["MCOEV"]}}],"applicationInstances":[{}],"phoneNumbers":[],"autoAttendants":[{}],"callQueues":[{}],"callerIdResourceAccountIds":[],"licenses":{{{}}}}}"#,
        ras.join(","),
        aas.join(","),
        cqs.join(","),
        lic.join(",")
    )
}

fn plan_accounts(plan: &resource_account_calculator::engine::Plan) -> usize {
    resource_account_calculator::engine::flatten(&plan.call_flows).iter().map(|n| n.node.resource_accounts.len()).sum()
}
