//! Builtin policy names and their arguments.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The builtin policies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PolicyKind {
    /// `simple`: scale up when too many requests wait for a busy worker.
    Simple,
    /// `free-worker`: scale up when too few workers are free.
    FreeWorker,
}

impl PolicyKind {
    /// Every builtin policy.
    pub const ALL: [PolicyKind; 2] = [Self::Simple, Self::FreeWorker];

    /// The name used in `spec.autoscaler.builtin.name`.
    pub fn name(self) -> &'static str {
        match self {
            Self::Simple => "simple",
            Self::FreeWorker => "free-worker",
        }
    }

    /// The policy with this builtin name, if any.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The argument names this policy accepts.
    pub fn argument_names(self) -> [&'static str; 5] {
        let trigger = match self {
            Self::Simple => MAX_QUEUE_SIZE,
            Self::FreeWorker => MIN_FREE_WORKERS,
        };
        [
            MIN_WORKERS,
            MAX_WORKERS,
            trigger,
            MAX_IDLE_TIME,
            SCALE_UP_STEP,
        ]
    }
}

impl fmt::Display for PolicyKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A name that is not a builtin policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownPolicy(pub String);

impl fmt::Display for UnknownPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "no such builtin autoscaler: {:?}, valid autoscalers: simple, free-worker",
            self.0
        )
    }
}

impl std::error::Error for UnknownPolicy {}

impl FromStr for PolicyKind {
    type Err = UnknownPolicy;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_name(s).ok_or_else(|| UnknownPolicy(s.to_owned()))
    }
}

const MIN_WORKERS: &str = "min_workers";
const MAX_WORKERS: &str = "max_workers";
const MAX_QUEUE_SIZE: &str = "max_queue_size";
const MIN_FREE_WORKERS: &str = "min_free_workers";
const SCALE_UP_STEP: &str = "scale_up_step";
const MAX_IDLE_TIME: &str = "max_idle_time";

/// Parsed arguments of a builtin policy. `max_queue_size` is used only by
/// `simple` and `min_free_workers` only by `free-worker`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyArgs {
    pub min_workers: u32,
    pub max_workers: u32,
    pub max_queue_size: u32,
    pub min_free_workers: u32,
    pub scale_up_step: u32,
    /// Seconds.
    pub max_idle_time: u32,
}

impl Default for PolicyArgs {
    fn default() -> Self {
        Self {
            min_workers: 1,
            max_workers: 1,
            max_queue_size: 1,
            min_free_workers: 1,
            scale_up_step: 1,
            max_idle_time: 120,
        }
    }
}

/// Why policy arguments could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgError {
    /// The value is not a non-negative integer that fits in 32 bits.
    Invalid { name: String, value: String },
    /// The policy has no argument of this name (the reference refuses these
    /// too, which also catches typos such as `max_worker`).
    Unknown { name: String, policy: PolicyKind },
}

impl fmt::Display for ArgError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Invalid { name, value } => write!(
                f,
                "invalid value {value:?} for argument {name}: expected a non-negative integer \
                 (at most {})",
                u32::MAX
            ),
            Self::Unknown { name, policy } => write!(
                f,
                "unknown argument {name:?} for the {policy} autoscaler, valid arguments: {}",
                policy.argument_names().join(", ")
            ),
        }
    }
}

impl std::error::Error for ArgError {}

/// Why a count (a policy argument, `used_histories`) could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountError {
    /// Python's `int()` would refuse it.
    NotAnInteger,
    Negative,
    /// Above `u32::MAX`.
    TooLarge,
}

/// Reads a count the way the reference does, with Python's `int()`
/// (surrounding whitespace, a sign, `_` between digits), then checks that it
/// is not negative and fits in 32 bits. The manifest check and the scheduler
/// both read arguments with this, so they agree on every form.
pub fn parse_count(text: &str) -> Result<u32, CountError> {
    let literal = crate::pycompat::int_literal(text).ok_or(CountError::NotAnInteger)?;
    let digits = match literal.strip_prefix('-') {
        Some(digits) if digits.bytes().any(|b| b != b'0') => return Err(CountError::Negative),
        Some(digits) => digits,
        None => literal.as_str(),
    };
    digits.parse().map_err(|_| CountError::TooLarge)
}

impl PolicyArgs {
    /// Reads a policy's arguments from their string form, with the defaults
    /// (1, 1, 1, 1, 1, 120) for those not given.
    pub fn from_strings(
        kind: PolicyKind,
        arguments: &BTreeMap<String, String>,
    ) -> Result<PolicyArgs, ArgError> {
        let mut args = PolicyArgs::default();
        for (name, value) in arguments {
            let slot = match name.as_str() {
                MIN_WORKERS => &mut args.min_workers,
                MAX_WORKERS => &mut args.max_workers,
                SCALE_UP_STEP => &mut args.scale_up_step,
                MAX_IDLE_TIME => &mut args.max_idle_time,
                MAX_QUEUE_SIZE if kind == PolicyKind::Simple => &mut args.max_queue_size,
                MIN_FREE_WORKERS if kind == PolicyKind::FreeWorker => &mut args.min_free_workers,
                _ => {
                    return Err(ArgError::Unknown {
                        name: name.clone(),
                        policy: kind,
                    })
                }
            };
            *slot = parse_count(value).map_err(|_| ArgError::Invalid {
                name: name.clone(),
                value: value.clone(),
            })?;
        }
        Ok(args)
    }

    /// The arguments of `kind` in string form, as `from_strings` reads them.
    pub fn to_strings(&self, kind: PolicyKind) -> BTreeMap<String, String> {
        let trigger = match kind {
            PolicyKind::Simple => self.max_queue_size,
            PolicyKind::FreeWorker => self.min_free_workers,
        };
        let values = [
            self.min_workers,
            self.max_workers,
            trigger,
            self.max_idle_time,
            self.scale_up_step,
        ];
        kind.argument_names()
            .into_iter()
            .zip(values)
            .map(|(name, value)| (name.to_owned(), value.to_string()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn defaults_apply_to_missing_arguments() {
        let args = PolicyArgs::from_strings(PolicyKind::Simple, &BTreeMap::new());
        assert_eq!(args, Ok(PolicyArgs::default()));
        let d = PolicyArgs::default();
        assert_eq!(
            (
                d.min_workers,
                d.max_workers,
                d.max_queue_size,
                d.min_free_workers,
                d.scale_up_step,
                d.max_idle_time
            ),
            (1, 1, 1, 1, 1, 120)
        );
    }

    #[test]
    fn values_are_parsed() {
        let args = PolicyArgs::from_strings(
            PolicyKind::Simple,
            &strings(&[
                ("min_workers", "2"),
                ("max_workers", " 5 "),
                ("max_queue_size", "+3"),
                ("scale_up_step", "0"),
                ("max_idle_time", "4294967295"),
            ]),
        );
        assert_eq!(
            args,
            Ok(PolicyArgs {
                min_workers: 2,
                max_workers: 5,
                max_queue_size: 3,
                min_free_workers: 1,
                scale_up_step: 0,
                max_idle_time: u32::MAX,
            })
        );
    }

    #[test]
    fn bad_values_name_the_argument() {
        for bad in [
            "-1",
            "2.5",
            "abc",
            "",
            "1__0",
            "_1",
            "4294967296",
            "99999999999999999999",
        ] {
            let err =
                PolicyArgs::from_strings(PolicyKind::FreeWorker, &strings(&[("max_workers", bad)]))
                    .expect_err("invalid value");
            assert!(err.to_string().contains("max_workers"), "{err}");
            assert!(err.to_string().contains("non-negative integer"), "{err}");
        }
    }

    #[test]
    fn counts_read_like_python_int() {
        assert_eq!(parse_count(" +1_0\n"), Ok(10));
        assert_eq!(parse_count("-0"), Ok(0));
        assert_eq!(parse_count("٣"), Ok(3));
        assert_eq!(parse_count("-2"), Err(CountError::Negative));
        assert_eq!(parse_count("4294967296"), Err(CountError::TooLarge));
        assert_eq!(parse_count("0x10"), Err(CountError::NotAnInteger));
        assert_eq!(parse_count("1.0"), Err(CountError::NotAnInteger));
    }

    #[test]
    fn arguments_of_the_other_policy_are_refused() {
        let err =
            PolicyArgs::from_strings(PolicyKind::Simple, &strings(&[("min_free_workers", "2")]))
                .expect_err("not a simple argument");
        assert_eq!(
            err.to_string(),
            "unknown argument \"min_free_workers\" for the simple autoscaler, valid arguments: \
             min_workers, max_workers, max_queue_size, max_idle_time, scale_up_step"
        );
        assert!(PolicyArgs::from_strings(
            PolicyKind::FreeWorker,
            &strings(&[("max_queue_size", "2")])
        )
        .is_err());
    }

    #[test]
    fn to_strings_round_trips() {
        let args = PolicyArgs {
            min_workers: 2,
            max_workers: 9,
            max_queue_size: 4,
            min_free_workers: 3,
            scale_up_step: 2,
            max_idle_time: 60,
        };
        for kind in PolicyKind::ALL {
            let back = PolicyArgs::from_strings(kind, &args.to_strings(kind)).expect("valid");
            assert_eq!(back.min_workers, 2);
            assert_eq!(back.max_idle_time, 60);
        }
    }

    #[test]
    fn policy_names() {
        assert_eq!("simple".parse(), Ok(PolicyKind::Simple));
        assert_eq!("free-worker".parse(), Ok(PolicyKind::FreeWorker));
        assert!("Simple".parse::<PolicyKind>().is_err());
        assert_eq!(
            serde_json::to_string(&PolicyKind::FreeWorker).expect("serializable"),
            "\"free-worker\""
        );
    }
}
