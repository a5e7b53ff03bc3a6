//! The document, `metadata`, `status` and `spec` (except volumes and the
//! autoscaler): ports, probes, life cycle, env, resources.

use super::*;

/// Kubernetes' rule for environment variable names.
pub(super) fn is_env_name(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && !b[0].is_ascii_digit()
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.'))
}

impl Decoder {
    pub(super) fn image_pull_secrets(
        &mut self,
        node: &Node,
        path: &str,
    ) -> Option<ImagePullSecrets> {
        let f = self.fields(node, path, PULL_SECRETS_FIELDS)?;
        let username = self.opt_value(&f, "username");
        let password = self.opt_value(&f, "password");
        for field in PULL_SECRETS_FIELDS {
            if f.get(field).is_none() {
                self.semantic(f.pos, &f.path(field), "missing required field");
            }
        }
        Some(ImagePullSecrets { username, password })
    }

    // -----------------------------------------------------------------
    // Top level
    // -----------------------------------------------------------------

    pub(crate) fn app(&mut self, root: &Node) -> App {
        let mut app = App::default();
        let Some(f) = self.fields(root, "", TOP_FIELDS) else {
            return app;
        };
        match f.get("version") {
            None => self.err(
                f.pos,
                "version",
                format!("missing required field (must be {API_VERSION})"),
            ),
            Some(n) => {
                if let Some(v) = self.string(n, "version") {
                    if v != API_VERSION {
                        self.err(
                            n.pos,
                            "version",
                            format!("unsupported version {}; expected {API_VERSION}", quote(&v)),
                        );
                    }
                }
            }
        }
        match f.get("kind") {
            None => self.err(
                f.pos,
                "kind",
                format!("missing required field (must be {KIND_APP})"),
            ),
            Some(n) => {
                if let Some(k) = self.string(n, "kind") {
                    if k != KIND_APP {
                        self.err(
                            n.pos,
                            "kind",
                            format!("kind should be \"{KIND_APP}\", found {}", quote(&k)),
                        );
                    }
                }
            }
        }
        match f.get("metadata") {
            Some(n) => app.app_v1alpha1.metadata = self.metadata(n, "metadata"),
            None => self.missing(&f, "metadata"),
        }
        match f.get("spec") {
            Some(n) => app.app_v1alpha1.spec = self.spec(n, "spec"),
            None => self.missing(&f, "spec"),
        }
        if let Some(n) = f.get("status") {
            app.app_v1alpha1.status = self.status(n, "status");
        }
        app
    }

    pub(super) fn metadata(&mut self, node: &Node, path: &str) -> Metadata {
        let mut md = Metadata::default();
        let Some(f) = self.fields(node, path, METADATA_FIELDS) else {
            return md;
        };
        if let Some(name) = self.required_string(&f, "name") {
            if !name.trim().is_empty() && !crate::model::is_dns1123_label(&name) {
                let pos = f.get("name").map_or(f.pos, |n| n.pos);
                self.semantic(
                    pos,
                    &f.path("name"),
                    format!(
                        "invalid app name {}: must be a DNS-1123 label (at most 63 characters: \
                         lower-case letters, digits and '-', starting and ending with a letter or digit)",
                        quote(&name)
                    ),
                );
            }
            md.name = name;
        }
        let ns = self.opt_string(&f, "namespace").unwrap_or_default();
        if ns.is_empty() {
            md.namespace = Some(DEFAULT_NAMESPACE.to_string());
        } else {
            if !crate::model::is_dns1123_label(&ns) {
                let pos = f.get("namespace").map_or(f.pos, |n| n.pos);
                self.semantic(
                    pos,
                    &f.path("namespace"),
                    format!(
                        "invalid namespace {}: must be a DNS-1123 label (at most 63 characters: \
                         lower-case letters, digits and '-', starting and ending with a letter or digit)",
                        quote(&ns)
                    ),
                );
            }
            md.namespace = Some(ns);
        }
        md.resource_version = self.opt_string(&f, "resourceVersion");
        md.uid = self.opt_string(&f, "uid");
        md.created_at = self.timestamp(&f, "createdAt");
        md.updated_at = self.timestamp(&f, "updatedAt");
        if let Some(n) = f.get("labels") {
            md.labels = self.labels(n, &f.path("labels"));
        }
        md
    }

    pub(super) fn status(&mut self, node: &Node, path: &str) -> Option<AppStatus> {
        let f = self.fields(node, path, STATUS_FIELDS)?;
        Some(AppStatus {
            desired_worker: self.opt_int32(&f, "desiredWorker"),
            ready_worker: self.opt_int32(&f, "readyWorker"),
            status: self.enum_name(&f, "status", STATUS_PREFIX, APP_STATUSES),
        })
    }

    // -----------------------------------------------------------------
    // Spec
    // -----------------------------------------------------------------

    pub(super) fn spec(&mut self, node: &Node, path: &str) -> AppSpec {
        let mut spec = AppSpec::default();
        let Some(f) = self.fields(node, path, SPEC_FIELDS) else {
            return spec;
        };
        match f.get("image") {
            None => self.err(
                f.pos,
                &f.path("image"),
                "missing required field (spec.image is required for manifest mode)",
            ),
            Some(n) => {
                if let Some(img) = self.string(n, &f.path("image")) {
                    if img.trim().is_empty() {
                        self.err(n.pos, &f.path("image"), "must not be empty");
                    }
                    spec.image = Some(img);
                }
            }
        }
        if let Some(n) = f.get("imagePullSecrets") {
            spec.image_pull_secrets = self.image_pull_secrets(n, &f.path("imagePullSecrets"));
        }

        let mut declared_volumes: BTreeSet<String> = BTreeSet::new();
        if let Some(n) = f.get("volumes") {
            spec.volumes = self.volumes(n, &f.path("volumes"), &mut declared_volumes);
        }
        if let Some(n) = f.get("volumeMounts") {
            let volumes_given = f.get("volumes").is_some();
            spec.volume_mounts =
                self.volume_mounts(n, &f.path("volumeMounts"), &declared_volumes, volumes_given);
        }
        if let Some(n) = f.get("env") {
            spec.env = self.env(n, &f.path("env"));
        }
        spec.command = self.opt_string_list(&f, "command");
        spec.port = self.port(&f, "port");
        if let Some(n) = f.get("readinessProbe") {
            spec.readiness_probe = self.probe(n, &f.path("readinessProbe"));
        }
        match f.get("resource") {
            Some(n) => spec.resource = self.resource(n, &f.path("resource")),
            None => {
                let hint = if let Some((_, n)) = f.entries.iter().find(|(k, _)| *k == "resource") {
                    n.pos
                } else {
                    f.pos
                };
                self.err(
                    hint,
                    &f.path("resource"),
                    "missing required field (cpu and memory)",
                );
            }
        }
        spec.route_auth_type = self.enum_name(
            &f,
            "routeAuthType",
            ROUTE_AUTH_TYPE_PREFIX,
            ROUTE_AUTH_TYPES,
        );
        spec.route_public_key = self.opt_string(&f, "routePublicKey");
        spec.request_quota = self.opt_int32(&f, "requestQuota");
        if let (Some(q), Some(n)) = (spec.request_quota, f.get("requestQuota")) {
            if q < 0 {
                self.semantic(n.pos, &f.path("requestQuota"), "must not be negative");
            }
        }
        if let Some(n) = f.get("autoscaler") {
            spec.autoscaler = self.autoscaler(n, &f.path("autoscaler"));
        }
        if let Some(n) = f.get("services") {
            spec.services = self.list(n, &f.path("services"), |d, n, p| {
                let f = d.fields(n, p, SERVICE_FIELDS)?;
                let port = d.port(&f, "port");
                if f.get("port").is_none() {
                    d.semantic(f.pos, &f.path("port"), "missing required field");
                }
                Some(Service { port })
            });
        }
        if let Some(n) = f.get("lifeCycle") {
            spec.life_cycle = self.life_cycle(n, &f.path("lifeCycle"));
        }
        spec.auxiliary_users = self.opt_string_list(&f, "auxiliaryUsers");
        spec
    }

    /// An int32 port, checked to be in 1..=65535 (semantic).
    pub(super) fn port(&mut self, f: &Fields, name: &str) -> Option<i32> {
        let node = f.get(name)?;
        let port = self.int32(node, &f.path(name))?;
        if !(1..=65535).contains(&port) {
            self.semantic(
                node.pos,
                &f.path(name),
                format!("port {port} is out of range (1-65535)"),
            );
        }
        Some(port)
    }

    pub(super) fn http_path(&mut self, node: &Node, path: &str) -> Option<HttpPath> {
        let f = self.fields(node, path, PATH_FIELDS)?;
        let p = self.opt_string(&f, "path");
        match (&p, f.get("path")) {
            (None, None) => self.semantic(f.pos, &f.path("path"), "missing required field"),
            (Some(s), Some(n)) if !s.starts_with('/') => {
                self.semantic(n.pos, &f.path("path"), "must start with '/'")
            }
            _ => {}
        }
        Some(HttpPath { path: p })
    }

    pub(super) fn probe(&mut self, node: &Node, path: &str) -> Option<Probe> {
        let f = self.fields(node, path, PROBE_FIELDS)?;
        let http_get = match f.get("httpGet") {
            Some(n) => self.http_path(n, &f.path("httpGet")),
            None => {
                self.semantic(f.pos, &f.path("httpGet"), "missing required field");
                None
            }
        };
        Some(Probe { http_get })
    }

    pub(super) fn life_cycle(&mut self, node: &Node, path: &str) -> Option<LifeCycle> {
        let f = self.fields(node, path, LIFECYCLE_FIELDS)?;
        let post_start = match f.get("postStart") {
            Some(n) => self.action(n, &f.path("postStart")),
            None => None,
        };
        Some(LifeCycle { post_start })
    }

    pub(super) fn action(&mut self, node: &Node, path: &str) -> Option<Action> {
        let f = self.fields(node, path, ACTION_FIELDS)?;
        let http_get = match f.get("httpGet") {
            Some(n) => self.http_path(n, &f.path("httpGet")),
            None => None,
        };
        let http_post = match f.get("httpPost") {
            Some(n) => self.http_path(n, &f.path("httpPost")),
            None => None,
        };
        let exec = match f.get("exec") {
            Some(n) => {
                let ef = self.fields(n, &f.path("exec"), EXEC_FIELDS);
                ef.map(|ef| {
                    let command = self.opt_string_list(&ef, "command");
                    if command.as_ref().is_none_or(|c| c.is_empty())
                        && ef
                            .get("command")
                            .is_none_or(|c| matches!(c.kind, Kind::Seq(_)))
                    {
                        self.semantic(ef.pos, &ef.path("command"), "missing required field");
                    }
                    ExecAction { command }
                })
            }
            None => None,
        };
        let given = ACTION_FIELDS.iter().filter(|k| f.get(k).is_some()).count();
        if given != 1 {
            self.semantic(f.pos, path, "needs exactly one of httpGet, httpPost, exec");
        }
        Some(Action {
            http_get,
            http_post,
            exec,
        })
    }

    pub(super) fn env(&mut self, node: &Node, path: &str) -> Option<Vec<EnvVar>> {
        let mut seen = Seen::new();
        self.list(node, path, |d, n, p| {
            let f = d.fields(n, p, ENV_FIELDS)?;
            let name = d.opt_string(&f, "name");
            match (&name, f.get("name")) {
                (None, None) => d.semantic(f.pos, &f.path("name"), "missing required field"),
                (Some(s), Some(nn)) => {
                    if !is_env_name(s) {
                        d.semantic(
                            nn.pos,
                            &f.path("name"),
                            format!(
                                "invalid environment variable name {}: use letters, digits, '_', '-' \
                                 or '.', not starting with a digit",
                                quote(s)
                            ),
                        );
                    } else if let Some(first) = seen.add(s, nn.pos) {
                        d.semantic(
                            nn.pos,
                            &f.path("name"),
                            format!(
                                "duplicate environment variable {} (first defined at line {})",
                                quote(s),
                                first.line
                            ),
                        );
                    }
                }
                _ => {}
            }
            let env_value = d.opt_value(&f, "envValue");
            if f.get("envValue").is_none() {
                d.semantic(f.pos, &f.path("envValue"), "missing required field");
            }
            Some(EnvVar { name, env_value })
        })
    }

    pub(super) fn resource(&mut self, node: &Node, path: &str) -> Resource {
        let mut r = Resource::default();
        let Some(f) = self.fields(node, path, RESOURCE_FIELDS) else {
            return r;
        };
        // Each field is read first; the rules are the server's
        // (`Resource::problems`), reported only for the fields that were read.
        let mut read = Vec::new();
        match f.get("cpu") {
            None => self.missing(&f, "cpu"),
            Some(n) => {
                if let Some(cpu) = self.int32(n, &f.path("cpu")) {
                    r.cpu = cpu;
                    read.push(("cpu", n.pos));
                }
            }
        }
        match f.get("memory") {
            None => self.missing(&f, "memory"),
            Some(n) => {
                if let Some(mem) = self.string(n, &f.path("memory")) {
                    r.memory = mem;
                    read.push(("memory", n.pos));
                }
            }
        }
        r.gpu = self.opt_int32(&f, "gpu");
        if let (Some(_), Some(n)) = (r.gpu, f.get("gpu")) {
            read.push(("gpu", n.pos));
        }
        for problem in r.problems() {
            if let Some((_, pos)) = read.iter().find(|(field, _)| *field == problem.field) {
                self.semantic(*pos, &f.path(problem.field), problem.message);
            }
        }
        if let Some(n) = f.get("filters") {
            let p = f.path("filters");
            if let Some(ff) = self.fields(n, &p, FILTER_FIELDS) {
                let cpu = match ff.get("cpu") {
                    Some(cn) => {
                        let cp = ff.path("cpu");
                        self.fields(cn, &cp, CPU_FIELDS).map(|cf| CpuConstraint {
                            platforms: self.opt_string_list(&cf, "platforms"),
                            models: self.opt_string_list(&cf, "models"),
                        })
                    }
                    None => None,
                };
                r.filters = Some(ResourceFilter {
                    gpu: self.opt_string_list(&ff, "gpu"),
                    cpu,
                    regions: self.opt_string_list(&ff, "regions"),
                    cuda: self.opt_string(&ff, "cuda"),
                    nvidia: self.opt_string(&ff, "nvidia"),
                });
            }
        }
        r
    }

    // -----------------------------------------------------------------
    // Autoscaler
    // -----------------------------------------------------------------
}
