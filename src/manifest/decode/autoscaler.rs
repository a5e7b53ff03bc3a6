//! `spec.autoscaler`: the policies, and the builtin arguments and decorators
//! read with the scheduler's own code (`crate::autoscale`).

use super::*;
use crate::autoscale::{
    parse_count, parse_timezone, time_match_key_problem, CountError, PolicyKind,
    ARGUMENT_DECORATORS, FACTOR_DECORATORS,
};

/// `simple or free-worker`.
fn policy_names() -> String {
    let names: Vec<&str> = PolicyKind::ALL.iter().map(|k| k.name()).collect();
    names.join(" or ")
}

impl Decoder {
    pub(super) fn autoscaler(&mut self, node: &Node, path: &str) -> Option<Autoscaler> {
        let f = self.fields(node, path, AUTOSCALER_FIELDS)?;
        let mut a = Autoscaler {
            scheduler: self.opt_string(&f, "scheduler"),
            ..Default::default()
        };
        if let Some(n) = f.get("builtin") {
            a.builtin = self.builtin(n, &f.path("builtin"));
            if let (Some(s), Some(sn)) = (&a.scheduler, f.get("scheduler")) {
                if s != SCHEDULER_QUEUE {
                    self.semantic(
                        sn.pos,
                        &f.path("scheduler"),
                        format!(
                            "the builtin autoscalers use scheduler {SCHEDULER_QUEUE}, found {}",
                            quote(s)
                        ),
                    );
                }
            }
        }
        if let Some(n) = f.get("thirdParty") {
            let p = f.path("thirdParty");
            if let Some(tf) = self.fields(n, &p, THIRD_PARTY_FIELDS) {
                let library = self.opt_string(&tf, "library");
                if tf.get("library").is_none() {
                    self.semantic(tf.pos, &tf.path("library"), "missing required field");
                }
                let arguments = match tf.get("arguments") {
                    Some(an) => self.arguments(an, &tf.path("arguments")).map(|(m, _)| m),
                    None => None,
                };
                a.third_party = Some(ThirdPartyScaler { library, arguments });
            }
        }
        if let Some(n) = f.get("container") {
            a.container = self.container(n, &f.path("container"));
        }
        if let Some(n) = f.get("manual") {
            let p = f.path("manual");
            if let Some(mf) = self.fields(n, &p, MANUAL_FIELDS) {
                let default_worker_num = self.opt_int32(&mf, "defaultWorkerNum");
                match (default_worker_num, mf.get("defaultWorkerNum")) {
                    (Some(v), Some(vn)) if v < 0 => {
                        self.semantic(vn.pos, &mf.path("defaultWorkerNum"), "must not be negative")
                    }
                    (None, None) => self.semantic(
                        mf.pos,
                        &mf.path("defaultWorkerNum"),
                        "missing required field",
                    ),
                    _ => {}
                }
                a.manual = Some(ManualScaler { default_worker_num });
            }
        }
        let policies = ["builtin", "manual", "container", "thirdParty"];
        let given = policies.iter().filter(|k| f.get(k).is_some()).count();
        if given != 1 {
            self.semantic(
                f.pos,
                path,
                format!(
                    "needs exactly one policy ({}), found {given}",
                    policies.join(", ")
                ),
            );
        }
        Some(a)
    }

    pub(super) fn builtin(&mut self, node: &Node, path: &str) -> Option<BuiltinScaler> {
        let f = self.fields(node, path, BUILTIN_FIELDS)?;
        let name = self.opt_string(&f, "name");
        let known_args = match (&name, f.get("name")) {
            (None, None) => {
                self.semantic(
                    f.pos,
                    &f.path("name"),
                    format!("missing required field ({})", policy_names()),
                );
                None
            }
            (Some(n), Some(nn)) => {
                let args = PolicyKind::from_name(n).map(PolicyKind::argument_names);
                if args.is_none() {
                    self.semantic(
                        nn.pos,
                        &f.path("name"),
                        format!(
                            "unknown builtin autoscaler {}; expected {}",
                            quote(n),
                            policy_names()
                        ),
                    );
                }
                args
            }
            _ => None,
        };
        let arguments = match f.get("arguments") {
            Some(an) => {
                let ap = f.path("arguments");
                let (args, nodes) = self.arguments(an, &ap)?;
                self.check_builtin_arguments(&args, &nodes, &ap, name.as_deref(), known_args);
                Some(args)
            }
            None => None,
        };
        let decorators = match f.get("decorators") {
            Some(dn) => self.decorators(dn, &f.path("decorators")),
            None => None,
        };
        Some(BuiltinScaler {
            name,
            arguments,
            decorators,
        })
    }

    pub(super) fn check_builtin_arguments(
        &mut self,
        args: &Arguments,
        nodes: &[(String, &Node, &Node)],
        path: &str,
        policy: Option<&str>,
        known: Option<[&str; 5]>,
    ) {
        let mut literal: BTreeMap<String, (u32, Pos)> = BTreeMap::new();
        for (key, knode, vnode) in nodes {
            let p = child(path, key);
            if let (Some(policy), Some(names)) = (policy, known) {
                if !names.contains(&key.as_str()) {
                    let mut msg = format!(
                        "unknown argument {} for the {policy} autoscaler; expected one of: {}",
                        quote(key),
                        names.join(", ")
                    );
                    if let Some(s) = suggestion(key, &names) {
                        msg = format!(
                            "unknown argument {} for the {policy} autoscaler; did you mean {s}?",
                            quote(key)
                        );
                    }
                    self.semantic(knode.pos, &p, msg);
                    continue;
                }
            }
            if let Some(text) = args.get(key).and_then(Value::as_literal) {
                // The scheduler's own reader, so that both agree on every form.
                match parse_count(text) {
                    Err(CountError::NotAnInteger) => self.semantic(
                        vnode.pos,
                        &p,
                        format!("expected an integer, found {}", quote(text)),
                    ),
                    Err(CountError::Negative) => {
                        self.semantic(vnode.pos, &p, "must not be negative")
                    }
                    Err(CountError::TooLarge) => {
                        self.semantic(vnode.pos, &p, format!("must be at most {}", u32::MAX))
                    }
                    Ok(v) => {
                        literal.insert(key.clone(), (v, vnode.pos));
                    }
                }
            }
        }
        if let (Some((min, _)), Some((max, pos))) =
            (literal.get("min_workers"), literal.get("max_workers"))
        {
            if min > max {
                self.semantic(
                    *pos,
                    &child(path, "max_workers"),
                    format!("max_workers ({max}) is less than min_workers ({min})"),
                );
            }
        }
    }

    pub(super) fn decorators(&mut self, node: &Node, path: &str) -> Option<Decorators> {
        let f = self.fields(node, path, DECORATORS_FIELDS)?;
        let mut out = Decorators::default();
        for (field, known) in [
            ("arguments", &ARGUMENT_DECORATORS),
            ("factors", &FACTOR_DECORATORS),
        ] {
            let Some(n) = f.get(field) else { continue };
            let items = self.list(n, &f.path(field), |d, n, p| d.decorator_item(n, p, known));
            if field == "arguments" {
                out.arguments = items;
            } else {
                out.factors = items;
            }
        }
        Some(out)
    }

    pub(super) fn decorator_item(
        &mut self,
        node: &Node,
        path: &str,
        known: &[&str],
    ) -> Option<DecoratorItem> {
        let f = self.fields(node, path, DECORATOR_ITEM_FIELDS)?;
        let name = self.opt_string(&f, "name");
        match (&name, f.get("name")) {
            (None, None) => self.semantic(f.pos, &f.path("name"), "missing required field"),
            (Some(n), Some(nn)) if !known.contains(&n.as_str()) => {
                let mut names = known.to_vec();
                names.sort_unstable();
                self.semantic(
                    nn.pos,
                    &f.path("name"),
                    format!(
                        "unknown decorator {}; expected one of: {}",
                        quote(n),
                        names.join(", ")
                    ),
                )
            }
            _ => {}
        }
        let arguments = match f.get("arguments") {
            Some(an) => {
                let ap = f.path("arguments");
                let (args, nodes) = self.arguments(an, &ap)?;
                for (key, knode, vnode) in &nodes {
                    let p = child(&ap, key);
                    match name.as_deref() {
                        Some("average") => {
                            if key != "used_histories" {
                                self.semantic(
                                    knode.pos,
                                    &p,
                                    format!(
                                        "unknown argument {} for the average decorator; expected used_histories",
                                        quote(key)
                                    ),
                                );
                            } else if let Some(t) = args.get(key).and_then(Value::as_literal) {
                                if parse_count(t).is_err() {
                                    self.semantic(
                                        vnode.pos,
                                        &p,
                                        format!(
                                            "expected a non-negative integer, found {}",
                                            quote(t)
                                        ),
                                    );
                                }
                            }
                        }
                        Some("time-match") => {
                            if let Some(problem) = time_match_key_problem(key) {
                                self.semantic(knode.pos, &p, problem);
                            } else if key == "timezone" {
                                if let Some(t) = args.get(key).and_then(Value::as_literal) {
                                    if let Err(e) = parse_timezone(t) {
                                        self.semantic(vnode.pos, &p, e.to_string());
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
                Some(args)
            }
            None => None,
        };
        Some(DecoratorItem { name, arguments })
    }

    pub(super) fn container(&mut self, node: &Node, path: &str) -> Option<ContainerScaler> {
        let f = self.fields(node, path, CONTAINER_FIELDS)?;
        let image = self.opt_string(&f, "image");
        if image.as_deref().is_none_or(str::is_empty)
            && f.get("image")
                .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
        {
            self.semantic(f.pos, &f.path("image"), "missing required field");
        }
        let image_pull_secrets = match f.get("imagePullSecrets") {
            Some(n) => self.image_pull_secrets(n, &f.path("imagePullSecrets")),
            None => None,
        };
        let entry_path = match f.get("entryPath") {
            Some(n) => {
                let p = f.path("entryPath");
                self.fields(n, &p, ENTRY_PATH_FIELDS).map(|ef| EntryPath {
                    http_post: ef
                        .get("httpPost")
                        .and_then(|hn| self.http_path(hn, &ef.path("httpPost"))),
                })
            }
            None => None,
        };
        let volumes = match f.get("volumes") {
            Some(n) => {
                let mut declared = BTreeSet::new();
                self.volumes(n, &f.path("volumes"), &mut declared)
            }
            None => None,
        };
        Some(ContainerScaler {
            image,
            image_pull_secrets,
            command: self.opt_string_list(&f, "command"),
            port: self.port(&f, "port"),
            entry_path,
            volumes,
        })
    }
}
