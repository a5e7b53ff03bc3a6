//! `app simulate` (what the app's policy would do under a load, offline)
//! and `app trace` (the load the local platform saw, as JSON lines).
//! The model and its limits: docs/simulate.md.

use super::app::load as load_manifest;
use super::target::{resolve_target, TargetArgs, DEFAULT_MANIFEST};
use super::{printer, OutputArg};
use crate::autoscale::{AppPolicy, BuiltinPolicy, ResolvedPolicy};
use crate::client::{Client, KvKind};
use crate::error::{Error, Result};
use crate::model::app::Value;
use crate::model::{decode_secret, utf8_text, ResolveError, ValueSource};
use crate::output::{to_json, to_yaml, OutputFormat};
use crate::simulate::load::SECOND;
use crate::simulate::plot::{self, Panel};
use crate::simulate::report::{summary_table, timeline_text};
use crate::simulate::{self, LoadSpec, RateSchedule, Report, Service, SimConfig};
use clap::{ArgGroup, Args};
use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

/// Start time assumed when the platform cannot tell.
const DEFAULT_START_TIME: u64 = 2 * SECOND;
/// How long to wait for the platform (configmaps, recent workers).
const PLATFORM_TIMEOUT: Duration = Duration::from_secs(3);
/// Timeline lines shown per run in the table output.
const TIMELINE_LINES: usize = 40;

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("load").required(true).args(["trace", "clients", "rate"])))]
pub struct SimulateArgs {
    /// The app manifest whose policy is simulated
    #[arg(short = 'f', long, default_value = DEFAULT_MANIFEST, value_name = "FROM_FILE")]
    pub from_file: PathBuf,
    /// Set a policy argument (e.g. max_queue_size=2), over the manifest and
    /// the configmaps it refers to; repeatable
    #[arg(long = "set", value_name = "KEY=VALUE")]
    pub set: Vec<String>,
    /// Replay a trace: JSON lines {"arrival": SECONDS, "service": SECONDS}
    /// (what `everai app trace` writes)
    #[arg(long, value_name = "FILE", help_heading = "Load")]
    pub trace: Option<PathBuf>,
    /// Closed loop: N clients, each sending its next request when the last
    /// one is answered (like `ab -c N`)
    #[arg(long, value_name = "N", help_heading = "Load")]
    pub clients: Option<u32>,
    /// Open loop: Poisson arrivals at this rate: `20/s`, or steps and ramps
    /// `0:1/s,60s:20/s,120s:~1/s` (`~` ramps linearly to the point)
    #[arg(long, value_name = "RATE", help_heading = "Load")]
    pub rate: Option<String>,
    /// How long the load lasts (--rate: required; --clients: or --requests)
    #[arg(long, value_name = "DURATION", help_heading = "Load")]
    pub duration: Option<String>,
    /// With --clients: stop after this many requests in all (like `ab -n`)
    #[arg(long, value_name = "N", help_heading = "Load")]
    pub requests: Option<u64>,
    /// Service time of a request: `2s`, `exp:200ms` (exponential with this
    /// mean) or `uniform:1s..3s`
    #[arg(long, value_name = "DIST", help_heading = "Load")]
    pub service: Option<String>,
    /// Seed of the random draws: the same seed gives the same run
    #[arg(long, default_value_t = 1, value_name = "N")]
    pub seed: u64,
    /// Time from a scale-up to the worker being ready [default: median of
    /// the app's recent workers on the platform, else 2s]
    #[arg(long, value_name = "DURATION", help_heading = "Platform")]
    pub start_time: Option<String>,
    /// The scheduler's tick
    #[arg(
        long,
        default_value = "1s",
        value_name = "DURATION",
        help_heading = "Platform"
    )]
    pub tick: String,
    /// Requests that may wait before new ones get 429
    #[arg(
        long,
        default_value_t = 1000,
        value_name = "N",
        help_heading = "Platform"
    )]
    pub queue_limit: usize,
    /// Longest a request waits before it gets 503
    #[arg(
        long,
        default_value = "600s",
        value_name = "DURATION",
        help_heading = "Platform"
    )]
    pub queue_timeout: String,
    /// Workers ready when the load starts [default: min_workers]
    #[arg(long, value_name = "N", help_heading = "Platform")]
    pub initial_workers: Option<u32>,
    /// Wall-clock time of the start of the load, RFC 3339 (time-match
    /// decorators follow it) [default: a trace's own times, else
    /// 2026-01-01T00:00:00Z]
    #[arg(long, value_name = "TIME", help_heading = "Platform")]
    pub start: Option<String>,
    /// Run several argument sets on the same load, one row each, e.g.
    /// max_queue_size=1,2,4; several --compare give every combination
    #[arg(long, value_name = "KEY=V1,V2,...", help_heading = "Output")]
    pub compare: Vec<String>,
    /// Draw workers, busy workers and queue length over time to this SVG,
    /// one panel per argument set
    #[arg(long, value_name = "FILE.svg", help_heading = "Output")]
    pub plot: Option<PathBuf>,
    #[command(flatten)]
    pub output: OutputArg,
}

#[derive(Debug, Args)]
pub struct TraceArgs {
    #[command(flatten)]
    pub target: TargetArgs,
    /// Only requests that arrived in this last span, e.g. 10m
    #[arg(long, value_name = "DURATION")]
    pub since: Option<String>,
}

fn usage(e: impl std::fmt::Display) -> Error {
    Error::usage(e.to_string())
}

fn duration_arg(flag: &str, text: &str) -> Result<u64> {
    simulate::parse_duration(text).map_err(|e| usage(format!("--{flag}: {e}")))
}

fn key_value(flag: &str, text: &str) -> Result<(String, String)> {
    text.split_once('=')
        .filter(|(k, _)| !k.trim().is_empty())
        .map(|(k, v)| (k.trim().to_string(), v.trim().to_string()))
        .ok_or_else(|| usage(format!("--{flag} {text:?}: write KEY=VALUE")))
}

fn load_of(args: &SimulateArgs) -> Result<LoadSpec> {
    let duration = args
        .duration
        .as_deref()
        .map(|d| duration_arg("duration", d))
        .transpose()?;
    let service = || -> Result<Service> {
        let text = args.service.as_deref().ok_or_else(|| {
            usage("--service is required with --clients and --rate, e.g. --service exp:200ms")
        })?;
        Service::parse(text).map_err(|e| usage(format!("--service: {e}")))
    };
    if let Some(path) = &args.trace {
        return Ok(LoadSpec::Trace(path.clone()));
    }
    if let Some(clients) = args.clients {
        if clients == 0 {
            return Err(usage("--clients must be at least 1"));
        }
        if duration.is_none() && args.requests.is_none() {
            return Err(usage(
                "--clients needs --duration or --requests to end, e.g. --duration 60s",
            ));
        }
        return Ok(LoadSpec::Clients {
            clients,
            duration,
            requests: args.requests,
            service: service()?,
        });
    }
    let rate = args.rate.as_deref().unwrap_or_default();
    let schedule = RateSchedule::parse(rate).map_err(|e| usage(format!("--rate: {e}")))?;
    let duration = duration.ok_or_else(|| usage("--rate needs --duration, e.g. --duration 10m"))?;
    Ok(LoadSpec::Rate {
        schedule,
        duration,
        service: service()?,
    })
}

/// The manifest's policy with `--set` values in place of its own (in the
/// arguments and in the decorators' arguments of the same name).
fn with_overrides(mut policy: BuiltinPolicy, set: &[(String, String)]) -> BuiltinPolicy {
    for (key, value) in set {
        let mut found = false;
        let lists = std::iter::once(&mut policy.arguments).chain(
            policy
                .argument_decorators
                .iter_mut()
                .chain(policy.factor_decorators.iter_mut())
                .map(|d| &mut d.arguments),
        );
        for list in lists {
            for (k, v) in list.iter_mut() {
                if k == key {
                    *v = Value::literal(value.clone());
                    found = true;
                }
            }
        }
        if !found {
            policy
                .arguments
                .push((key.clone(), Value::literal(value.clone())));
        }
    }
    policy
}

/// Reads the configmaps and secrets the policy still refers to from the
/// current endpoint; fails with one line naming every value nobody gives.
async fn resolve_policy(policy: &BuiltinPolicy) -> Result<ResolvedPolicy> {
    let references = policy.references();
    let mut fetched: HashMap<(&'static str, String), BTreeMap<String, String>> = HashMap::new();
    let mut unreachable = None;
    if !references.is_empty() {
        match Client::from_config() {
            Err(e) => unreachable = Some(e.to_string()),
            Ok(client) => {
                for (_, kind, name, _) in &references {
                    if fetched.contains_key(&(*kind, name.clone())) {
                        continue;
                    }
                    let kv_kind = if *kind == "secret" {
                        KvKind::Secret
                    } else {
                        KvKind::ConfigMap
                    };
                    match tokio::time::timeout(PLATFORM_TIMEOUT, client.kv_get(kv_kind, name)).await
                    {
                        Ok(Ok(object)) => {
                            fetched.insert((*kind, name.clone()), object.data);
                        }
                        Ok(Err(e)) => {
                            unreachable.get_or_insert(e.to_string());
                        }
                        Err(_) => {
                            unreachable.get_or_insert(format!(
                                "{} did not answer within {}s",
                                client.endpoint(),
                                PLATFORM_TIMEOUT.as_secs()
                            ));
                        }
                    }
                }
            }
        }
    }
    let missing: Vec<String> = references
        .iter()
        .filter(|(_, kind, name, key)| {
            !fetched
                .get(&(*kind, name.clone()))
                .is_some_and(|data| data.contains_key(key))
        })
        .map(|(arg, kind, name, key)| format!("{arg} ({kind} {name} key {key})"))
        .collect();
    if !missing.is_empty() {
        let why = unreachable.map(|w| format!(" ({w})")).unwrap_or_default();
        let sets: Vec<String> = references
            .iter()
            .filter(|(arg, kind, name, key)| {
                missing.contains(&format!("{arg} ({kind} {name} key {key})"))
            })
            .map(|(arg, ..)| format!("--set {arg}=VALUE"))
            .collect();
        return Err(Error::failed(format!(
            "no value for {}: neither the platform{why} nor --set gives it; pass {}",
            missing.join(", "),
            sets.join(" ")
        )));
    }
    policy
        .resolve(|v| {
            let (kind, name, key) = match v.source()? {
                ValueSource::Literal(text) => return Ok(text.to_string()),
                ValueSource::Key { kind, name, key } => (kind, name, key),
            };
            let text = fetched
                .get(&(kind, name.to_string()))
                .and_then(|d| d.get(key))
                .ok_or_else(|| ResolveError::NoKey {
                    kind,
                    name: name.to_string(),
                    key: key.to_string(),
                })?;
            if kind == "secret" {
                return utf8_text(kind, name, key, decode_secret(name, key, text)?);
            }
            Ok(text.clone())
        })
        .map_err(Error::failed)
}

/// The median start time (creation to ready) of the app's recent workers
/// on the platform, when it answers.
async fn measured_start_time(namespace: &str, name: &str) -> Option<(u64, usize)> {
    let client = Client::from_config().ok()?;
    let workers = tokio::time::timeout(
        PLATFORM_TIMEOUT,
        client.app_workers(namespace, name, true, 2),
    )
    .await
    .ok()?
    .ok()?;
    let parse = |s: &str| chrono::DateTime::parse_from_rfc3339(s).ok();
    let mut starts: Vec<i64> = workers
        .iter()
        .filter_map(|w| {
            let created = parse(&w.created_at)?;
            let ready = parse(w.launch_at.as_deref()?)?;
            (ready - created).num_microseconds().filter(|us| *us >= 0)
        })
        .collect();
    if starts.is_empty() {
        return None;
    }
    starts.sort_unstable();
    // The lower median: with two workers, the faster start (an app's first
    // worker often starts cold).
    Some((starts[(starts.len() - 1) / 2] as u64, starts.len()))
}

/// `--compare` sets: every combination, labelled `key=value ...`.
fn compare_sets(compare: &[String]) -> Result<Vec<Vec<(String, String)>>> {
    let mut sets: Vec<Vec<(String, String)>> = vec![vec![]];
    for spec in compare {
        let (key, values) = key_value("compare", spec)?;
        let values: Vec<&str> = values.split(',').map(str::trim).collect();
        if values.iter().any(|v| v.is_empty()) {
            return Err(usage(format!(
                "--compare {spec:?}: write KEY=V1,V2,... without empty values"
            )));
        }
        sets = sets
            .into_iter()
            .flat_map(|set| {
                let key = key.clone();
                values.iter().map(move |v| {
                    let mut s = set.clone();
                    s.push((key.clone(), v.to_string()));
                    s
                })
            })
            .collect();
    }
    Ok(sets)
}

pub async fn simulate(args: SimulateArgs) -> Result<()> {
    let format = args.output.format();
    let load = load_of(&args)?;
    let set: Vec<(String, String)> = args
        .set
        .iter()
        .map(|s| key_value("set", s))
        .collect::<Result<_>>()?;
    let sets = compare_sets(&args.compare)?;
    let (_, app) = load_manifest(&args.from_file)?;
    let app = app.app_v1alpha1;
    let policy = match AppPolicy::of(&app) {
        AppPolicy::Builtin(p) => p,
        AppPolicy::Manual => {
            return Err(usage(
                "the app's autoscaler is manual: a fixed worker count, nothing to simulate",
            ))
        }
        AppPolicy::Unsupported(why) => return Err(usage(why)),
    };
    let policy = resolve_policy(&with_overrides(policy, &set)).await?;
    let namespace = app
        .metadata
        .namespace
        .clone()
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "default".into());
    let (start_time, start_note) = match &args.start_time {
        Some(text) => (duration_arg("start-time", text)?, "given".to_string()),
        None => match measured_start_time(&namespace, &app.metadata.name).await {
            Some((us, n)) => (
                us,
                format!(
                    "median of {n} recent workers of {namespace}/{}",
                    app.metadata.name
                ),
            ),
            None => (
                DEFAULT_START_TIME,
                "default: the platform gave no recent worker start times".into(),
            ),
        },
    };
    let clock_origin_us = args
        .start
        .as_deref()
        .map(|s| {
            chrono::DateTime::parse_from_rfc3339(s)
                .map(|t| t.timestamp_micros())
                .map_err(|_| {
                    usage(format!(
                        "--start {s:?}: write RFC 3339, e.g. 2026-03-02T09:00:00Z"
                    ))
                })
        })
        .transpose()?;
    let config = SimConfig {
        start_time,
        tick: duration_arg("tick", &args.tick)?.max(1000),
        queue_limit: args.queue_limit,
        queue_timeout: duration_arg("queue-timeout", &args.queue_timeout)?,
        clock_origin_us,
        initial_workers: args.initial_workers,
        seed: args.seed,
        ..SimConfig::default()
    };
    let progress = progress_bar(sets.len());
    let mut reports = Vec::with_capacity(sets.len());
    for overrides in &sets {
        let mut run_policy = policy.clone();
        for (k, v) in overrides {
            run_policy.arguments.insert(k.clone(), v.clone());
        }
        let mut report = simulate::simulate(&config, &run_policy, &load)
            .map_err(|e| Error::failed(e.to_string()))?;
        report.label = if overrides.is_empty() {
            "as given".into()
        } else {
            overrides
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        reports.push(report);
        if let Some(p) = &progress {
            p.inc(1);
        }
    }
    if let Some(p) = progress {
        p.finish_and_clear();
    }
    if let Some(path) = &args.plot {
        let panels: Vec<Panel<'_>> = reports
            .iter()
            .map(|r| Panel {
                title: format!(
                    "{}: peak {} workers, {:.0} worker-seconds, wait p95 {}",
                    r.label,
                    r.workers.peak,
                    r.worker_seconds,
                    simulate::report::human_seconds(r.wait_seconds.p95)
                ),
                samples: &r.samples,
            })
            .collect();
        plot::draw(path, &panels).map_err(|e| Error::failed(e.to_string()))?;
    }
    print_reports(format, &reports, start_time, &start_note);
    Ok(())
}

/// A bar over the argument sets, on a terminal only.
fn progress_bar(runs: usize) -> Option<indicatif::ProgressBar> {
    if runs < 2 || !std::io::stderr().is_terminal() {
        return None;
    }
    let bar = indicatif::ProgressBar::new(runs as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template("simulating {pos}/{len} {bar:30}") {
        bar.set_style(style);
    }
    Some(bar)
}

fn print_reports(format: OutputFormat, reports: &[Report], start_time: u64, start_note: &str) {
    let doc = || {
        serde_json::json!({
            "start_time_seconds": start_time as f64 / SECOND as f64,
            "runs": reports,
        })
    };
    match format {
        OutputFormat::Json => printer::out(&to_json(&doc())),
        OutputFormat::Yaml => printer::out(&to_yaml(&doc(), false)),
        OutputFormat::Table | OutputFormat::Wide => {
            let mut out = format!(
                "worker start time {} ({start_note})\n\n",
                simulate::report::human_seconds(start_time as f64 / SECOND as f64)
            );
            out.push_str(&summary_table(reports));
            for r in reports {
                out.push_str(&format!("\nDecisions ({}):\n", r.label));
                out.push_str(&timeline_text(r, TIMELINE_LINES));
            }
            printer::out(&out);
        }
    }
}

pub async fn trace(args: TraceArgs) -> Result<()> {
    let t = resolve_target(args.target.name, args.target.namespace, "name")?;
    let since = args
        .since
        .as_deref()
        .map(|s| duration_arg("since", s).map(|us| us as f64 / SECOND as f64))
        .transpose()?;
    let list = Client::from_config()?
        .app_trace(&t.namespace, &t.name, since)
        .await?;
    let mut out = String::with_capacity(list.requests.len() * 64);
    for record in &list.requests {
        if let Ok(line) = serde_json::to_string(record) {
            out.push_str(&line);
            out.push('\n');
        }
    }
    printer::out(&out);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_makes_every_combination() {
        let sets = compare_sets(&["a=1,2".into(), "b=x,y".into()]).unwrap();
        assert_eq!(sets.len(), 4);
        assert_eq!(
            sets[1],
            vec![("a".into(), "1".into()), ("b".into(), "y".into())]
        );
        assert_eq!(compare_sets(&[]).unwrap(), vec![vec![]]);
        assert!(compare_sets(&["a=1,,2".into()]).is_err());
        assert!(compare_sets(&["=1".into()]).is_err());
    }

    #[test]
    fn set_replaces_references_and_adds_arguments() {
        let policy = BuiltinPolicy {
            kind: crate::autoscale::PolicyKind::Simple,
            arguments: vec![("max_workers".into(), Value::config_map_ref("cm", "max"))],
            argument_decorators: vec![],
            factor_decorators: vec![],
        };
        let p = with_overrides(
            policy,
            &[
                ("max_workers".into(), "4".into()),
                ("min_workers".into(), "2".into()),
            ],
        );
        assert!(p.references().is_empty());
        assert_eq!(p.arguments.len(), 2);
        assert_eq!(p.arguments[1].1.as_literal(), Some("2"));
    }
}
