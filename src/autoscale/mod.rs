//! The builtin autoscaling decision: the `simple` and `free-worker` policies,
//! their decorators, and the decision-service contract
//! (`POST /-everai-/autoscaler`). Pure logic: no I/O, no clock reads.
//!
//! One tick on the platform:
//! 1. [`apply_argument_decorators`] on the app's arguments (strings), then
//!    [`PolicyArgs::from_strings`];
//! 2. [`apply_factor_decorators`] on the [`Factors`]; `None` means "not
//!    enough history: no decision this tick";
//! 3. [`decide`], then [`explain`] for the app events.
//!
//! [`ResolvedPolicy::plan`] does 1–3 in one call; the platform's scheduler
//! and `everai app simulate` both use it.
//!
//! Semantics: `docs/scaling.md`, section "The decision". One
//! deliberate difference from the reference: a scale-down never takes the
//! ready workers below `min_workers`.

mod args;
mod cron;
mod decorators;
mod explain;
mod factors;
mod lax;
mod ordered_map;
mod plan;
mod policy;
mod service;
mod timezone;

pub use args::{parse_count, ArgError, CountError, PolicyArgs, PolicyKind, UnknownPolicy};
pub use cron::{CronError, CronSchedule};
pub use decorators::{
    apply_argument_decorators, apply_factor_decorators, time_match_key_problem,
    validate_decorators, DecoratorError, DecoratorSpec, Decorators, ARGUMENT_DECORATORS,
    FACTOR_DECORATORS,
};
pub use explain::explain;
pub use factors::{
    Factors, QueueHistories, QueueReason, QueueSummary, Worker, WorkerHistories, WorkerStatus,
    WorkerSummary,
};
pub use ordered_map::{KeyError, MapKey, MapValue, OrderedMap};
pub use plan::{AppPolicy, BuiltinPolicy, DecoratorRef, Plan, PlanError, ResolvedPolicy};
pub use policy::{decide, Action, Decision};
pub use service::{
    decide_request, handle_service_request, ServiceError, ServiceReply, ServiceRequest,
};
pub use timezone::{parse_timezone, UnknownTimezone};
