//! The seven figures of the result contract, each with its `data-testid` and `data-value`.

use yew::prelude::*;

use crate::engine::Figures;

#[derive(Properties, PartialEq)]
pub struct ResultsProps {
    pub figures: Figures,
}

struct Figure {
    test_id: &'static str,
    label: &'static str,
    explain: &'static str,
    value: u64,
    emphasis: bool,
}

#[function_component(Results)]
pub fn results(props: &ResultsProps) -> Html {
    let f = props.figures;
    let figures = [
        Figure {
            test_id: "free-allotment",
            label: "Free licenses",
            explain: "Resource Account licenses you get at no cost",
            value: f.free_allotment,
            emphasis: true,
        },
        Figure {
            test_id: "paid-needed",
            label: "To pay for",
            explain: "licenses needed beyond the free allotment",
            value: f.paid_needed,
            emphasis: true,
        },
        Figure {
            test_id: "qualifying-licenses",
            label: "Qualifying licenses",
            explain: "counted toward one more free license per 10",
            value: f.qualifying_licenses,
            emphasis: false,
        },
        Figure {
            test_id: "accounts-needing-license",
            label: "Accounts needing a license",
            explain: "under the chosen rules",
            value: f.accounts_needing_license,
            emphasis: false,
        },
        Figure {
            test_id: "accounts-without-license-need",
            label: "Accounts needing none",
            explain: "nested accounts without a number (original rules)",
            value: f.accounts_without_license_need,
            emphasis: false,
        },
        Figure {
            test_id: "free-used",
            label: "Free licenses used",
            explain: "needs the allotment covers",
            value: f.free_used,
            emphasis: false,
        },
        Figure {
            test_id: "licenses-to-cover-all",
            label: "Licenses to cover all",
            explain: "more qualifying licenses that would make the paid part zero",
            value: f.licenses_to_cover_all,
            emphasis: false,
        },
    ];
    html! {
        <section class="results" aria-labelledby="results-title">
            <h2 id="results-title">{ "Result" }</h2>
            <dl class="figures" aria-live="polite">
                { for figures.iter().map(|fig| html! {
                    <div class={classes!("figure", fig.emphasis.then_some("figure-main"))}>
                        <dt>{ fig.label }</dt>
                        <dd data-testid={fig.test_id} data-value={fig.value.to_string()}>{ fig.value }</dd>
                        <dd class="explain">{ fig.explain }</dd>
                    </div>
                }) }
            </dl>
        </section>
    }
}
