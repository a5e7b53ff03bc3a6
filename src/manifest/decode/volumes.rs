//! `spec.volumes` and `spec.volumeMounts`, with their cross references.

use super::*;

/// The `name` node of a volume mapping, if present and a string.
fn volume_name_node(node: &Node) -> Option<&Node> {
    let Kind::Map(entries) = &node.kind else {
        return None;
    };
    entries
        .iter()
        .find(|(k, _)| matches!(&k.kind, Kind::Str(s) if s == "name"))
        .map(|(_, v)| v)
        .filter(|v| matches!(v.kind, Kind::Str(_)))
}

impl Decoder {
    pub(super) fn volumes(
        &mut self,
        node: &Node,
        path: &str,
        declared: &mut BTreeSet<String>,
    ) -> Option<Vec<AppVolume>> {
        let mut seen = Seen::new();
        self.list(node, path, |d, n, p| {
            let v = d.volume(n, p)?;
            if let Some(name_node) = volume_name_node(n) {
                if !v.name.is_empty() {
                    if let Some(first) = seen.add(&v.name, name_node.pos) {
                        d.semantic(
                            name_node.pos,
                            &child(p, "name"),
                            format!(
                                "duplicate volume name {} (first defined at line {})",
                                quote(&v.name),
                                first.line
                            ),
                        );
                    }
                    declared.insert(v.name.clone());
                }
            }
            Some(v)
        })
    }

    pub(super) fn volume(&mut self, node: &Node, path: &str) -> Option<AppVolume> {
        let f = self.fields(node, path, VOLUME_FIELDS)?;
        let name = self.required_string(&f, "name").unwrap_or_default();
        let mut v = AppVolume {
            name,
            ..Default::default()
        };
        if let Some(n) = f.get("volume") {
            v.volume = self.volume_source(n, &f.path("volume"));
        }
        if let Some(n) = f.get("secret") {
            let p = f.path("secret");
            if let Some(sf) = self.fields(n, &p, SECRET_SOURCE_FIELDS) {
                let secret_name = self.opt_string(&sf, "secretName");
                if secret_name.as_deref().is_none_or(str::is_empty)
                    && sf
                        .get("secretName")
                        .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
                {
                    self.semantic(sf.pos, &sf.path("secretName"), "missing required field");
                }
                let items = self.items(&sf);
                v.secret = Some(SecretSource { secret_name, items });
            }
        }
        if let Some(n) = f.get("configMap") {
            let p = f.path("configMap");
            if let Some(cf) = self.fields(n, &p, CONFIGMAP_SOURCE_FIELDS) {
                let name = self.opt_string(&cf, "name");
                if name.as_deref().is_none_or(str::is_empty)
                    && cf
                        .get("name")
                        .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
                {
                    self.semantic(cf.pos, &cf.path("name"), "missing required field");
                }
                let items = self.items(&cf);
                v.config_map = Some(ConfigMapSource { name, items });
            }
        }
        if let Some(n) = f.get("combinedVolume") {
            let p = f.path("combinedVolume");
            if let Some(cf) = self.fields(n, &p, COMBINED_FIELDS) {
                let volumes = match cf.get("volumes") {
                    Some(vn) => {
                        let vp = cf.path("volumes");
                        self.list(vn, &vp, |d, n, p| d.volume_source(n, p))
                    }
                    None => None,
                };
                if volumes.as_ref().is_none_or(|v| v.is_empty())
                    && cf
                        .get("volumes")
                        .is_none_or(|x| matches!(x.kind, Kind::Seq(_)))
                {
                    self.semantic(cf.pos, &cf.path("volumes"), "needs at least one volume");
                }
                v.combined_volume = Some(CombinedVolumeSource { volumes });
            }
        }
        if let Some(n) = f.get("sharedVolume") {
            let p = f.path("sharedVolume");
            if let Some(sf) = self.fields(n, &p, SHARED_FIELDS) {
                let shared_volume_name = self.opt_string(&sf, "sharedVolumeName");
                if shared_volume_name.as_deref().is_none_or(str::is_empty)
                    && sf
                        .get("sharedVolumeName")
                        .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
                {
                    self.semantic(
                        sf.pos,
                        &sf.path("sharedVolumeName"),
                        "missing required field",
                    );
                }
                v.shared_volume = Some(SharedVolumeSource { shared_volume_name });
            }
        }
        let sources = [
            "volume",
            "secret",
            "configMap",
            "combinedVolume",
            "sharedVolume",
        ];
        let given = sources.iter().filter(|s| f.get(s).is_some()).count();
        if given != 1 {
            self.semantic(
                f.pos,
                path,
                format!(
                    "needs exactly one source ({}), found {given}",
                    sources.join(", ")
                ),
            );
        }
        Some(v)
    }

    pub(super) fn volume_source(&mut self, node: &Node, path: &str) -> Option<VolumeSource> {
        let f = self.fields(node, path, VOLUME_SOURCE_FIELDS)?;
        let volume = self.opt_string(&f, "volume");
        if volume.as_deref().is_none_or(str::is_empty)
            && f.get("volume")
                .is_none_or(|x| matches!(x.kind, Kind::Str(_)))
        {
            self.semantic(f.pos, &f.path("volume"), "missing required field");
        }
        Some(VolumeSource { volume })
    }

    pub(super) fn items(&mut self, f: &Fields) -> Option<Vec<KeyToPath>> {
        let node = f.get("items")?;
        self.list(node, &f.path("items"), |d, n, p| {
            let f = d.fields(n, p, ITEM_FIELDS)?;
            let key = d.opt_string(&f, "key");
            let path = d.opt_string(&f, "path");
            for (field, v) in [("key", &key), ("path", &path)] {
                if v.as_deref().is_none_or(str::is_empty)
                    && f.get(field).is_none_or(|x| matches!(x.kind, Kind::Str(_)))
                {
                    d.semantic(f.pos, &f.path(field), "missing required field");
                }
            }
            Some(KeyToPath { key, path })
        })
    }

    pub(super) fn volume_mounts(
        &mut self,
        node: &Node,
        path: &str,
        declared: &BTreeSet<String>,
        volumes_given: bool,
    ) -> Option<Vec<VolumeMount>> {
        let mut paths = Seen::new();
        self.list(node, path, |d, n, p| {
            let f = d.fields(n, p, MOUNT_FIELDS)?;
            let name = d.required_string(&f, "name").unwrap_or_default();
            if let Some(nn) = f.get("name") {
                if !name.is_empty() && !declared.contains(&name) {
                    let msg = if volumes_given {
                        format!("volume {} is not declared in spec.volumes", quote(&name))
                    } else {
                        format!(
                            "volume {} is not declared (spec.volumes is missing)",
                            quote(&name)
                        )
                    };
                    d.semantic(nn.pos, &f.path("name"), msg);
                }
            }
            let mount_path = d.opt_string(&f, "mountPath");
            match (&mount_path, f.get("mountPath")) {
                (None, None) => d.semantic(f.pos, &f.path("mountPath"), "missing required field"),
                (Some(mp), Some(mn)) => {
                    if !mp.starts_with('/') {
                        d.semantic(mn.pos, &f.path("mountPath"), "must be an absolute path");
                    } else if let Some(first) = paths.add(mp.trim_end_matches('/'), mn.pos) {
                        d.semantic(
                            mn.pos,
                            &f.path("mountPath"),
                            format!(
                                "mount path {} is already used (line {})",
                                quote(mp),
                                first.line
                            ),
                        );
                    }
                }
                _ => {}
            }
            let read_only = d.opt_bool(&f, "readOnly");
            Some(VolumeMount {
                name,
                mount_path,
                read_only,
            })
        })
    }
}
