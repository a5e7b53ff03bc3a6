//! The decision service contract: `POST /-everai-/autoscaler`.
//!
//! Request: `{"factors": {...}, "name": "simple", "arguments": {"min_workers":
//! "1", ...}, "decorators": {"arguments": [...], "factors": [...]}}`.
//! Reply: `{"max_workers": N, "actions": [...], "arguments": null, "factors":
//! {...}, "decorated_histories": null}`, the reference service's shape.
//!
//! Where the reference service differs from the documented behaviour we keep
//! its reply shape but take the documented decision:
//! - it decides on the undecorated arguments and factors (its decorators only
//!   change the echoed `factors`), and routes argument decorators through the
//!   factor decorator table, so `time-match` never applies; here decorators
//!   apply, and an `average` lacking history means no actions this tick;
//! - `arguments` and `decorated_histories` are always `null` in its replies
//!   (a misspelt field and a `list.extend` result); we write the same;
//! - it echoes the factors after its scale-down step sorted the workers
//!   (newest first) in place, unless a decorator had copied them; we echo the
//!   same order.

use super::args::{PolicyArgs, PolicyKind};
use super::decorators::{
    apply_argument_decorators, run_factor_decorators, DecoratorSpec, Decorators,
    ARGUMENT_DECORATORS, FACTOR_DECORATORS,
};
use super::factors::Factors;
use super::policy::{decide_with_rule, Action, Rule};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::fmt;

/// The body of `POST /-everai-/autoscaler`.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize)]
pub struct ServiceRequest {
    /// Required: the reference answers 400 without it.
    pub factors: Factors,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub arguments: BTreeMap<String, String>,
    #[serde(default)]
    pub decorators: Option<Decorators>,
}

/// The reply of `POST /-everai-/autoscaler`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ServiceReply {
    pub max_workers: u32,
    pub actions: Vec<Action>,
    pub arguments: Option<BTreeMap<String, String>>,
    pub factors: Option<Factors>,
    pub decorated_histories: Option<Vec<serde_json::Value>>,
}

/// Why a request got no decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ServiceError {
    /// The body, the policy name, an argument or a decorator is invalid
    /// (HTTP 400, body `Bad request, <message>`).
    BadRequest(String),
    /// The decision could not be produced (HTTP 500).
    Policy(String),
}

impl ServiceError {
    /// The HTTP status to answer with.
    pub fn status(&self) -> u16 {
        match self {
            Self::BadRequest(_) => 400,
            Self::Policy(_) => 500,
        }
    }
}

/// The plain-text response body, as the reference words it.
impl fmt::Display for ServiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BadRequest(message) => write!(f, "Bad request, {message}"),
            Self::Policy(message) => write!(f, "Internal Server Error, {message}"),
        }
    }
}

impl std::error::Error for ServiceError {}

fn bad_request(error: impl fmt::Display) -> ServiceError {
    ServiceError::BadRequest(error.to_string())
}

/// Handles one request body and returns the reply JSON. Pure apart from the
/// given `now`; never panics.
pub fn handle_service_request(
    body: &[u8],
    now: DateTime<Utc>,
) -> Result<serde_json::Value, ServiceError> {
    let request: ServiceRequest = serde_json::from_slice(body).map_err(bad_request)?;
    let reply = decide_request(request, now)?;
    serde_json::to_value(reply).map_err(|e| ServiceError::Policy(e.to_string()))
}

/// Decides one parsed request.
pub fn decide_request(
    request: ServiceRequest,
    now: DateTime<Utc>,
) -> Result<ServiceReply, ServiceError> {
    let kind: PolicyKind = request.name.parse().map_err(bad_request)?;
    let decorators = request.decorators.unwrap_or_default();
    // The reference skips decorators it does not know (with a warning).
    let argument_decorators = known(decorators.arguments, &ARGUMENT_DECORATORS);
    let factor_decorators = known(decorators.factors, &FACTOR_DECORATORS);

    let arguments = apply_argument_decorators(&argument_decorators, request.arguments, now)
        .map_err(bad_request)?;
    let args = PolicyArgs::from_strings(kind, &arguments).map_err(bad_request)?;
    let outcome =
        run_factor_decorators(&factor_decorators, request.factors).map_err(bad_request)?;
    let mut factors = outcome.factors;

    let actions = if outcome.enough_history {
        let (decision, rule) = decide_with_rule(kind, &args, &factors, now.timestamp());
        if rule == Rule::ScaleDown && !outcome.rebuilt {
            factors.workers.sort_by_key(|w| Reverse(w.started_at));
        }
        decision.actions
    } else {
        Vec::new()
    };

    Ok(ServiceReply {
        max_workers: args.max_workers,
        actions,
        arguments: None,
        factors: Some(factors),
        decorated_histories: None,
    })
}

fn known(specs: Option<Vec<DecoratorSpec>>, names: &[&str]) -> Vec<DecoratorSpec> {
    specs
        .unwrap_or_default()
        .into_iter()
        .filter(|spec| names.contains(&spec.name.as_str()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const NOW: i64 = 1_700_000_000;

    fn now() -> DateTime<Utc> {
        Utc.timestamp_opt(NOW, 0).single().unwrap_or_default()
    }

    fn reply(body: &str) -> Result<String, ServiceError> {
        handle_service_request(body.as_bytes(), now()).map(|v| v.to_string())
    }

    /// A worker JSON object with the given id, started_at, last_service_time
    /// and status.
    fn w(id: &str, started: i64, last: i64, status: &str) -> String {
        format!(
            r#"{{"worker_id":"{id}","region":"r","number_of_successes":0,"number_of_failures":0,"average_response_time":1,"started_at":{started},"last_service_time":{last},"number_of_sessions":0,"current_request":0,"status":"{status}"}}"#
        )
    }

    /// The same worker as the reference echoes it.
    fn echoed(id: &str, started: i64, last: i64, status: &str) -> String {
        format!(
            r#"{{"worker_id":"{id}","gpu_type":null,"region":"r","started_at":{started},"last_service_time":{last},"number_of_successes":0,"number_of_failures":0,"number_of_sessions":0,"average_response_time":1.0,"current_request":0,"status":"{status}"}}"#
        )
    }

    // Every expected reply in these tests was produced by running the body
    // through the reference service (everai-builtin-autoscaler-service 0.0.6
    // with everai-builtin-autoscaler 0.1.52) at time 1700000000.

    #[test]
    fn min_workers_scale_up_matches_the_reference() {
        assert_eq!(
            reply(r#"{"factors":{"queue":{"QueueDueBusy":3},"workers":[]},"name":"simple","arguments":{"min_workers":"2"}}"#),
            Ok(r#"{"max_workers":1,"actions":[{"count":2,"action":"ScaleUp"}],"arguments":null,"factors":{"queue_histories":{},"queue":{"QueueDueBusy":3},"utilization":null,"workers":[],"worker":null,"worker_histories":null},"decorated_histories":null}"#.to_owned())
        );
    }

    #[test]
    fn scale_down_echo_is_sorted_like_the_reference() {
        let body = format!(
            r#"{{"factors":{{"queue":{{"QueueDueBusy":3}},"workers":[{},{}]}},"name":"simple","arguments":{{"min_workers":"1","max_workers":"1"}}}}"#,
            w("a", 1, 1, "Free"),
            w("b", 5, 1, "Free")
        );
        let expected = format!(
            r#"{{"max_workers":1,"actions":[{{"worker_id":"b","action":"ScaleDown"}}],"arguments":null,"factors":{{"queue_histories":{{}},"queue":{{"QueueDueBusy":3}},"utilization":null,"workers":[{},{}],"worker":null,"worker_histories":null}},"decorated_histories":null}}"#,
            echoed("b", 5, 1, "Free"),
            echoed("a", 1, 1, "Free")
        );
        assert_eq!(reply(&body), Ok(expected));
    }

    #[test]
    fn inflight_blocks_the_trigger_but_not_scale_down() {
        let body = format!(
            r#"{{"name":"simple","arguments":{{"min_workers":"0","max_workers":"3"}},"factors":{{"queue":{{"QueueDueBusy":3}},"workers":[{},{}]}}}}"#,
            w("a", 5, 1, "Free"),
            w("i", 5, 1, "Inflight")
        );
        let expected = format!(
            r#"{{"max_workers":3,"actions":[{{"worker_id":"a","action":"ScaleDown"}}],"arguments":null,"factors":{{"queue_histories":{{}},"queue":{{"QueueDueBusy":3}},"utilization":null,"workers":[{},{}],"worker":null,"worker_histories":null}},"decorated_histories":null}}"#,
            echoed("a", 5, 1, "Free"),
            echoed("i", 5, 1, "Inflight")
        );
        assert_eq!(reply(&body), Ok(expected));
    }

    #[test]
    fn free_worker_with_summary_matches_the_reference() {
        let body = format!(
            r#"{{"name":"free-worker","arguments":{{"min_workers":"1","max_workers":"5","min_free_workers":"1"}},"factors":{{"worker":{{"Busy":1}},"workers":[{}]}}}}"#,
            w("a", 5, 1, "Busy")
        );
        let expected = format!(
            r#"{{"max_workers":5,"actions":[{{"count":1,"action":"ScaleUp"}}],"arguments":null,"factors":{{"queue_histories":{{}},"queue":null,"utilization":null,"workers":[{}],"worker":{{"Busy":1}},"worker_histories":null}},"decorated_histories":null}}"#,
            echoed("a", 5, 1, "Busy")
        );
        assert_eq!(reply(&body), Ok(expected));
    }

    #[test]
    fn free_worker_step_is_clamped_like_the_reference() {
        let body = format!(
            r#"{{"name":"free-worker","arguments":{{"min_workers":"2","max_workers":"6","scale_up_step":"3","max_idle_time":"30"}},"factors":{{"worker":{{"Free":0,"Busy":2}},"workers":[{},{}]}}}}"#,
            w("a", 5, 1, "Busy"),
            w("b", 7, 1, "Busy")
        );
        let expected = format!(
            r#"{{"max_workers":6,"actions":[{{"count":3,"action":"ScaleUp"}}],"arguments":null,"factors":{{"queue_histories":{{}},"queue":null,"utilization":null,"workers":[{},{}],"worker":{{"Free":0,"Busy":2}},"worker_histories":null}},"decorated_histories":null}}"#,
            echoed("a", 5, 1, "Busy"),
            echoed("b", 7, 1, "Busy")
        );
        assert_eq!(reply(&body), Ok(expected));
    }

    #[test]
    fn free_worker_scale_down_respects_idle_time_like_the_reference() {
        let body = format!(
            r#"{{"name":"free-worker","arguments":{{"min_workers":"1","max_workers":"6","min_free_workers":"2","max_idle_time":"30"}},"factors":{{"worker":{{"Free":2,"Busy":1}},"workers":[{},{},{}]}}}}"#,
            w("a", 5, NOW - 10, "Free"),
            w("b", 7, NOW - 40, "Free"),
            w("c", 9, 1, "Busy")
        );
        let expected = format!(
            r#"{{"max_workers":6,"actions":[{{"worker_id":"b","action":"ScaleDown"}}],"arguments":null,"factors":{{"queue_histories":{{}},"queue":null,"utilization":null,"workers":[{},{},{}],"worker":{{"Free":2,"Busy":1}},"worker_histories":null}},"decorated_histories":null}}"#,
            echoed("c", 9, 1, "Busy"),
            echoed("b", 7, NOW - 40, "Free"),
            echoed("a", 5, NOW - 10, "Free")
        );
        assert_eq!(reply(&body), Ok(expected));
    }

    #[test]
    fn simple_step_is_clamped_like_the_reference() {
        let body = format!(
            r#"{{"name":"simple","arguments":{{"min_workers":"1","max_workers":"4","max_queue_size":"2","scale_up_step":"5"}},"factors":{{"queue":{{"NotDispatch":7,"QueueDueBusy":3}},"workers":[{},{}]}}}}"#,
            w("a", 5, 1, "Busy"),
            w("b", 7, 1, "Busy")
        );
        let expected = format!(
            r#"{{"max_workers":4,"actions":[{{"count":2,"action":"ScaleUp"}}],"arguments":null,"factors":{{"queue_histories":{{}},"queue":{{"NotDispatch":7,"QueueDueBusy":3}},"utilization":null,"workers":[{},{}],"worker":null,"worker_histories":null}},"decorated_histories":null}}"#,
            echoed("a", 5, 1, "Busy"),
            echoed("b", 7, 1, "Busy")
        );
        assert_eq!(reply(&body), Ok(expected));
    }

    #[test]
    fn lenient_numbers_and_key_order_match_the_reference() {
        assert_eq!(
            reply(r#"{"name":"simple","factors":{"queue":{"QueueDueBusy":3,"QueueDueBusy":1},"queue_histories":{"10":{},"010":{"NotDispatch":1},"5":{}},"utilization":7,"workers":[]}}"#),
            Ok(r#"{"max_workers":1,"actions":[{"count":1,"action":"ScaleUp"}],"arguments":null,"factors":{"queue_histories":{"10":{"NotDispatch":1},"5":{}},"queue":{"QueueDueBusy":1},"utilization":7,"workers":[],"worker":null,"worker_histories":null},"decorated_histories":null}"#.to_owned())
        );
        let body = format!(
            r#"{{"name":"simple","factors":{{"queue_histories":null,"queue":{{"QueueDueBusy":"3"}},"workers":[{}]}}}}"#,
            w("a", 5, 1, "Free").replace("\"started_at\":5", "\"started_at\":\"5\"")
        );
        let expected = format!(
            r#"{{"max_workers":1,"actions":[],"arguments":null,"factors":{{"queue_histories":null,"queue":{{"QueueDueBusy":3}},"utilization":null,"workers":[{}],"worker":null,"worker_histories":null}},"decorated_histories":null}}"#,
            echoed("a", 5, 1, "Free")
        );
        assert_eq!(reply(&body), Ok(expected));
    }

    #[test]
    fn noop_and_unknown_decorators_leave_the_reply_unchanged() {
        let body = format!(
            r#"{{"name":"simple","arguments":{{"min_workers":"0"}},"factors":{{"queue":{{}},"queue_histories":{{}},"worker":{{"Inflight":1,"Free":2}},"worker_histories":{{"10":{{"Free":3}}}},"workers":[{},{}]}},"decorators":{{"factors":[{{"name":"noop","arguments":{{"x":"y"}}}},{{"name":"bogus","arguments":{{}}}}]}}}}"#,
            w("a", 5, 1, "Free"),
            w("b", 7, 1, "Free")
        );
        let expected = format!(
            r#"{{"max_workers":1,"actions":[{{"worker_id":"b","action":"ScaleDown"}},{{"worker_id":"a","action":"ScaleDown"}}],"arguments":null,"factors":{{"queue_histories":{{}},"queue":{{}},"utilization":null,"workers":[{},{}],"worker":{{"Inflight":1,"Free":2}},"worker_histories":{{"10":{{"Free":3}}}}}},"decorated_histories":null}}"#,
            echoed("b", 7, 1, "Free"),
            echoed("a", 5, 1, "Free")
        );
        assert_eq!(reply(&body), Ok(expected));
    }

    #[test]
    fn averaged_factors_are_echoed_like_the_reference() {
        assert_eq!(
            reply(r#"{"name":"simple","factors":{"queue":{"QueueDueSession":1,"QueueDueBusy":3},"queue_histories":{"30":{"QueueDueBusy":6},"10":{"QueueDueBusy":3,"NotDispatch":2},"20":{},"40":{},"50":{},"60":{"QueueDueBusy":100}},"workers":[]},"decorators":{"factors":[{"name":"average","arguments":{}}]}}"#),
            Ok(r#"{"max_workers":1,"actions":[{"count":1,"action":"ScaleUp"}],"arguments":null,"factors":{"queue_histories":{"30":{"QueueDueBusy":6},"10":{"QueueDueBusy":3,"NotDispatch":2},"20":{},"40":{},"50":{},"60":{"QueueDueBusy":100}},"queue":{"NotDispatch":0,"QueueDueBusy":2,"QueueDueSession":0},"utilization":null,"workers":[],"worker":null,"worker_histories":null},"decorated_histories":null}"#.to_owned())
        );
    }

    /// The reference decides anyway (here: scale up 1 to reach min_workers);
    /// per the spec we take no decision without enough history. The echoed
    /// factors are the reference's (queue dropped to null).
    #[test]
    fn short_history_means_no_actions() {
        assert_eq!(
            reply(r#"{"name":"simple","factors":{"queue":{"QueueDueSession":1,"QueueDueBusy":3},"queue_histories":{"30":{"QueueDueBusy":6},"010":{"QueueDueBusy":3,"NotDispatch":2}},"workers":[]},"decorators":{"factors":[{"name":"average","arguments":{}}]}}"#),
            Ok(r#"{"max_workers":1,"actions":[],"arguments":null,"factors":{"queue_histories":{"30":{"QueueDueBusy":6},"10":{"QueueDueBusy":3,"NotDispatch":2}},"queue":null,"utilization":null,"workers":[],"worker":null,"worker_histories":null},"decorated_histories":null}"#.to_owned())
        );
    }

    /// The reference removes `b` here (below min_workers); we remove none.
    #[test]
    fn the_min_workers_fix_shows_in_the_service() {
        let body = format!(
            r#"{{"name":"simple","arguments":{{"min_workers":"3","max_workers":"5"}},"factors":{{"queue":{{"QueueDueBusy":3}},"workers":[{},{},{}]}}}}"#,
            w("a", 5, 1, "Free"),
            w("b", 7, 1, "Free"),
            w("c", 5, 1, "Inflight")
        );
        let value = handle_service_request(body.as_bytes(), now()).expect("decided");
        assert_eq!(value["actions"], serde_json::json!([]));
        assert_eq!(value["max_workers"], 5);
    }

    #[test]
    fn time_match_applies_in_the_service() {
        // 1700000000 is Tuesday 2023-11-14 22:13 UTC.
        let body = r#"{"name":"simple","arguments":{"min_workers":"1","max_workers":"2"},"factors":{"workers":[]},
            "decorators":{"arguments":[{"name":"time-match","arguments":{"match(* 22 * * 2)":"late_","late_min_workers":"3","late_max_workers":"6"}}]}}"#;
        let value = handle_service_request(body.as_bytes(), now()).expect("decided");
        assert_eq!(value["max_workers"], 6);
        assert_eq!(
            value["actions"],
            serde_json::json!([{"count": 3, "action": "ScaleUp"}])
        );
    }

    #[test]
    fn bad_requests() {
        let cases = [
            ("not json", "expected"),
            ("{}", "missing field `factors`"),
            (r#"{"factors":{}}"#, "no such builtin autoscaler"),
            (r#"{"name":"simple"}"#, "missing field `factors`"),
            (
                r#"{"name":"simple","factors":{},"arguments":{"foo":"1"}}"#,
                "unknown argument \"foo\"",
            ),
            (
                r#"{"name":"simple","factors":{},"arguments":{"min_workers":1}}"#,
                "invalid type",
            ),
            (
                r#"{"name":"simple","factors":{},"arguments":{"min_workers":"-1"}}"#,
                "min_workers",
            ),
            (
                r#"{"name":"simple","factors":{},"arguments":{"min_workers":"2.5"}}"#,
                "min_workers",
            ),
            (r#"{"name":"simple","factors":{"queue":{"Foo":1}}}"#, "Foo"),
            (
                r#"{"name":"simple","factors":{"workers":null}}"#,
                "invalid type",
            ),
            (
                r#"{"name":"simple","factors":{"workers":[{"worker_id":"a","last_service_time":1.5}]}}"#,
                "1.5",
            ),
            (
                r#"{"name":"simple","factors":{},"decorators":{"factors":[{"name":"average","arguments":{"used_histories":"x"}}]}}"#,
                "used_histories",
            ),
            (
                r#"{"name":"simple","factors":{},"decorators":{"arguments":[{"name":"time-match","arguments":{"timezone":"Mars/Base"}}]}}"#,
                "Mars/Base",
            ),
        ];
        for (body, needle) in cases {
            match reply(body) {
                Err(ServiceError::BadRequest(message)) => {
                    assert!(message.contains(needle), "{body}: {message}");
                }
                other => panic!("{body}: expected a bad request, got {other:?}"),
            }
        }
    }

    #[test]
    fn error_texts_and_statuses() {
        let bad = ServiceError::BadRequest("nope".into());
        assert_eq!(
            (bad.status(), bad.to_string()),
            (400, "Bad request, nope".to_owned())
        );
        let policy = ServiceError::Policy("boom".into());
        assert_eq!(policy.status(), 500);
        assert_eq!(policy.to_string(), "Internal Server Error, boom");
    }

    #[test]
    fn mangled_bodies_never_panic() {
        let base = format!(
            r#"{{"name":"free-worker","arguments":{{"min_workers":"2","max_workers":"4294967295","scale_up_step":"4294967295","max_idle_time":"0"}},"factors":{{"queue":{{"QueueDueBusy":-9223372036854775808}},"queue_histories":{{"-1":{{"NotDispatch":9223372036854775807}},"9223372036854775807":{{}}}},"worker":{{"Free":-1}},"worker_histories":{{"1":{{"Inflight":9223372036854775807}}}},"workers":[{},{}]}},"decorators":{{"factors":[{{"name":"average","arguments":{{"used_histories":"1"}}}},{{"name":"average","arguments":{{"used_histories":"0"}}}}]}}}}"#,
            w("a", i64::MIN, i64::MIN, "Free"),
            w("b", i64::MAX, i64::MAX, "Busy")
        );
        assert!(handle_service_request(base.as_bytes(), now()).is_ok());
        let extreme = Utc
            .timestamp_opt(253_402_300_799, 0)
            .single()
            .unwrap_or_default();
        assert!(handle_service_request(base.as_bytes(), extreme).is_ok());
        let bytes = base.as_bytes();
        // Truncations and single-byte substitutions of a valid body.
        for cut in 0..bytes.len() {
            let _ = handle_service_request(&bytes[..cut], now());
        }
        for i in 0..bytes.len() {
            for replacement in [b'0', b'"', b'}', b'-', b'x', 0xff] {
                let mut mangled = bytes.to_vec();
                mangled[i] = replacement;
                let _ = handle_service_request(&mangled, now());
            }
        }
    }
}
