//! One method per REST operation the CLI uses.

use super::{seg, Client};
use crate::error::Result;
use crate::model::*;

/// Configmaps and secrets share paths, bodies and answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KvKind {
    ConfigMap,
    Secret,
}

impl KvKind {
    fn base(self) -> &'static str {
        match self {
            KvKind::ConfigMap => "/api/configmaps/v1",
            KvKind::Secret => "/api/secrets/v1",
        }
    }

    /// The word used in messages (`configmap "x" not found`).
    pub fn noun(self) -> &'static str {
        match self {
            KvKind::ConfigMap => "configmap",
            KvKind::Secret => "secret",
        }
    }

    /// The path of the object `name`. The item path `BASE/{name}` and the
    /// list path `BASE/configmaps` (`BASE/secrets`) share their shape, so an
    /// object named like the list segment would reach the list; its first
    /// letter is then percent-encoded (an equivalent spelling of the same
    /// name, RFC 3986 §2.3) so that the name lookup is routed as one.
    pub fn item_path(self, name: &str) -> String {
        let list_segment = match self {
            KvKind::ConfigMap => "configmaps",
            KvKind::Secret => "secrets",
        };
        let encoded = seg(name);
        if name == list_segment {
            format!(
                "{}/%{:02X}{}",
                self.base(),
                name.as_bytes()[0],
                &encoded[1..]
            )
        } else {
            format!("{}/{encoded}", self.base())
        }
    }
}

impl Client {
    pub async fn kv_list(&self, kind: KvKind) -> Result<Vec<KeyValueObject>> {
        Ok(match kind {
            KvKind::ConfigMap => {
                self.get::<ConfigMapList>("/api/configmaps/v1/configmaps")
                    .await?
                    .configmaps
            }
            KvKind::Secret => {
                self.get::<SecretList>("/api/secrets/v1/secrets")
                    .await?
                    .secrets
            }
        })
    }

    pub async fn kv_get(&self, kind: KvKind, name: &str) -> Result<KeyValueObject> {
        self.get(&kind.item_path(name)).await
    }

    pub async fn kv_create(
        &self,
        kind: KvKind,
        name: &str,
        body: &KeyValueBody,
    ) -> Result<KeyValueObject> {
        self.put(&kind.item_path(name), body).await
    }

    pub async fn kv_update(
        &self,
        kind: KvKind,
        name: &str,
        body: &KeyValueBody,
    ) -> Result<KeyValueObject> {
        self.post(&kind.item_path(name), body).await
    }

    pub async fn kv_delete(&self, kind: KvKind, name: &str) -> Result<()> {
        self.delete::<Empty>(&kind.item_path(name)).await.map(drop)
    }

    pub async fn namespace_list(&self) -> Result<Vec<Namespace>> {
        Ok(self
            .get::<NamespaceList>("/api/namespaces/v1/namespaces")
            .await?
            .namespaces)
    }

    pub async fn namespace_get(&self, name: &str) -> Result<Namespace> {
        self.get(&format!("/api/namespaces/v1/namespaces/{}", seg(name)))
            .await
    }

    pub async fn namespace_create(&self, name: &str) -> Result<Namespace> {
        let body = Namespace {
            name: name.to_string(),
            ..Default::default()
        };
        self.put("/api/namespaces/v1/namespaces", &body).await
    }

    pub async fn namespace_delete(&self, name: &str) -> Result<()> {
        self.delete::<Empty>(&format!("/api/namespaces/v1/namespaces/{}", seg(name)))
            .await
            .map(drop)
    }
}

#[cfg(test)]
mod tests {
    use super::KvKind;

    #[test]
    fn an_object_named_like_the_list_is_looked_up_by_name() {
        assert_eq!(
            KvKind::ConfigMap.item_path("configmaps"),
            "/api/configmaps/v1/%63onfigmaps"
        );
        assert_eq!(
            KvKind::Secret.item_path("secrets"),
            "/api/secrets/v1/%73ecrets"
        );
        assert_eq!(
            KvKind::Secret.item_path("configmaps"),
            "/api/secrets/v1/configmaps"
        );
        assert_eq!(KvKind::ConfigMap.item_path("a.b"), "/api/configmaps/v1/a.b");
    }
}
