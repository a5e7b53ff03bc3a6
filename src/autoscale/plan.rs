//! One decision step as the platform takes it, without I/O: an app's
//! autoscaler spec → its arguments and decorators (values still unresolved)
//! → resolved → decorated arguments and factors → decision → actions, each
//! with the reason the app events show.
//!
//! The local platform's scheduler and `everai app simulate` both call
//! [`ResolvedPolicy::plan`], so the simulator decides exactly as the
//! platform does.

use super::args::{ArgError, PolicyArgs, PolicyKind};
use super::decorators::{
    apply_argument_decorators, apply_factor_decorators, DecoratorError, DecoratorSpec,
};
use super::explain::explain;
use super::factors::Factors;
use super::policy::{decide, Action, Decision};
use crate::model::app::{AppV1alpha1, Arguments, DecoratorItem, Value};
use crate::model::ResolveError;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// What an app's `spec.autoscaler` asks for.
#[derive(Debug, Clone)]
pub enum AppPolicy {
    Builtin(BuiltinPolicy),
    /// A fixed worker count (`manual`).
    Manual,
    /// Something the local platform does not run, with the reason.
    Unsupported(String),
}

/// Why a policy cannot decide; the caller keeps its workers and reports it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// An argument's value (a configmap or secret reference) has no text.
    #[error("argument {name}: {source}")]
    Unresolved { name: String, source: ResolveError },
    #[error(transparent)]
    Decorator(#[from] DecoratorError),
    #[error(transparent)]
    Argument(#[from] ArgError),
}

/// A builtin policy with its arguments and decorators as the manifest
/// writes them (literals or configmap/secret references).
#[derive(Debug, Clone)]
pub struct BuiltinPolicy {
    pub kind: PolicyKind,
    pub arguments: Vec<(String, Value)>,
    pub argument_decorators: Vec<DecoratorRef>,
    pub factor_decorators: Vec<DecoratorRef>,
}

/// A decorator with its arguments still as Values.
#[derive(Debug, Clone)]
pub struct DecoratorRef {
    pub name: String,
    pub arguments: Vec<(String, Value)>,
}

/// A builtin policy whose values are all text.
#[derive(Debug, Clone)]
pub struct ResolvedPolicy {
    pub kind: PolicyKind,
    pub arguments: BTreeMap<String, String>,
    pub argument_decorators: Vec<DecoratorSpec>,
    pub factor_decorators: Vec<DecoratorSpec>,
}

/// The outcome of a step that decided something.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The arguments in force (after the argument decorators).
    pub args: PolicyArgs,
    pub decision: Decision,
    /// One line per action, e.g. `scale up 1: 3 queued due to busy >
    /// max_queue_size 2`.
    pub reasons: Vec<String>,
}

impl Plan {
    /// The actions, each with its reason.
    pub fn actions(&self) -> impl Iterator<Item = (&Action, &str)> {
        self.decision
            .actions
            .iter()
            .enumerate()
            .map(|(i, a)| (a, self.reasons.get(i).map(String::as_str).unwrap_or("")))
    }
}

fn arguments_of(args: &Option<Arguments>) -> Vec<(String, Value)> {
    args.iter()
        .flat_map(|a| a.iter().map(|(k, v)| (k.clone(), v.clone())))
        .collect()
}

fn decorators_of(list: &Option<Vec<DecoratorItem>>) -> Vec<DecoratorRef> {
    list.iter()
        .flatten()
        .map(|d| DecoratorRef {
            name: d.name.clone().unwrap_or_default(),
            arguments: arguments_of(&d.arguments),
        })
        .collect()
}

impl AppPolicy {
    /// The policy of `app`; no autoscaler means `simple` with its defaults.
    pub fn of(app: &AppV1alpha1) -> AppPolicy {
        let Some(autoscaler) = &app.spec.autoscaler else {
            return AppPolicy::Builtin(BuiltinPolicy {
                kind: PolicyKind::Simple,
                arguments: vec![],
                argument_decorators: vec![],
                factor_decorators: vec![],
            });
        };
        if autoscaler.manual.is_some() {
            return AppPolicy::Manual;
        }
        if let Some(builtin) = &autoscaler.builtin {
            let name = builtin.name.as_deref().unwrap_or("simple");
            let Some(kind) = PolicyKind::from_name(name) else {
                return AppPolicy::Unsupported(format!(
                    "unknown builtin autoscaler {name:?}: use simple or free-worker"
                ));
            };
            let decorators = builtin.decorators.as_ref();
            return AppPolicy::Builtin(BuiltinPolicy {
                kind,
                arguments: arguments_of(&builtin.arguments),
                argument_decorators: decorators
                    .map(|d| decorators_of(&d.arguments))
                    .unwrap_or_default(),
                factor_decorators: decorators
                    .map(|d| decorators_of(&d.factors))
                    .unwrap_or_default(),
            });
        }
        AppPolicy::Unsupported(
            "container and thirdParty autoscalers are not run by the local platform; use builtin (simple, free-worker) or manual".into(),
        )
    }
}

impl BuiltinPolicy {
    /// Every value made text by `resolve` (which says what is missing);
    /// the first failure names the argument.
    pub fn resolve(
        &self,
        mut resolve: impl FnMut(&Value) -> Result<String, ResolveError>,
    ) -> Result<ResolvedPolicy, PlanError> {
        let mut values = |list: &[(String, Value)]| {
            list.iter()
                .map(|(k, v)| {
                    resolve(v).map(|text| (k.clone(), text)).map_err(|source| {
                        PlanError::Unresolved {
                            name: k.clone(),
                            source,
                        }
                    })
                })
                .collect::<Result<Vec<_>, PlanError>>()
        };
        let arguments = values(&self.arguments)?.into_iter().collect();
        let mut specs = |items: &[DecoratorRef]| {
            items
                .iter()
                .map(|d| Ok(DecoratorSpec::new(&d.name, values(&d.arguments)?)))
                .collect::<Result<Vec<_>, PlanError>>()
        };
        let argument_decorators = specs(&self.argument_decorators)?;
        let factor_decorators = specs(&self.factor_decorators)?;
        Ok(ResolvedPolicy {
            kind: self.kind,
            arguments,
            argument_decorators,
            factor_decorators,
        })
    }

    /// Every value that refers to a configmap or secret:
    /// (argument name, "configmap"|"secret", name, key).
    pub fn references(&self) -> Vec<(String, &'static str, String, String)> {
        let decorated = self
            .argument_decorators
            .iter()
            .chain(&self.factor_decorators)
            .flat_map(|d| d.arguments.iter());
        self.arguments
            .iter()
            .chain(decorated)
            .filter_map(|(k, v)| {
                let text = |s: &Option<String>| s.clone().unwrap_or_default();
                if let Some(r) = v.config_map_key_ref() {
                    Some((k.clone(), "configmap", text(&r.name), text(&r.key)))
                } else {
                    v.secret_key_ref()
                        .map(|r| (k.clone(), "secret", text(&r.name), text(&r.key)))
                }
            })
            .collect()
    }
}

impl ResolvedPolicy {
    /// The arguments in force at `now` (argument decorators applied).
    pub fn args_at(&self, now: DateTime<Utc>) -> Result<PolicyArgs, PlanError> {
        let args =
            apply_argument_decorators(&self.argument_decorators, self.arguments.clone(), now)?;
        Ok(PolicyArgs::from_strings(self.kind, &args)?)
    }

    /// One decision at `now` on `factors`. `Ok(None)`: no decision this
    /// step (a factor decorator lacks history). `Err`: the arguments or
    /// decorators are unusable; the caller keeps its workers.
    pub fn plan(&self, factors: Factors, now: DateTime<Utc>) -> Result<Option<Plan>, PlanError> {
        self.plan_with(self.args_at(now)?, factors, now)
    }

    /// [`ResolvedPolicy::plan`] with the arguments in force already worked
    /// out (by [`ResolvedPolicy::args_at`]); a caller deciding many times
    /// without argument decorators works them out once.
    pub fn plan_with(
        &self,
        args: PolicyArgs,
        factors: Factors,
        now: DateTime<Utc>,
    ) -> Result<Option<Plan>, PlanError> {
        let Some(factors) = apply_factor_decorators(&self.factor_decorators, factors)? else {
            return Ok(None);
        };
        let decision = decide(self.kind, &args, &factors, now.timestamp());
        let reasons = explain(self.kind, &args, &factors, &decision);
        Ok(Some(Plan {
            args,
            decision,
            reasons,
        }))
    }
}
