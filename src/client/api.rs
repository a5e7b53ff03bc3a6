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
        self.get(&format!("{}/{}", kind.base(), seg(name))).await
    }

    pub async fn kv_create(
        &self,
        kind: KvKind,
        name: &str,
        body: &KeyValueBody,
    ) -> Result<KeyValueObject> {
        self.put(&format!("{}/{}", kind.base(), seg(name)), body)
            .await
    }

    pub async fn kv_update(
        &self,
        kind: KvKind,
        name: &str,
        body: &KeyValueBody,
    ) -> Result<KeyValueObject> {
        self.post(&format!("{}/{}", kind.base(), seg(name)), body)
            .await
    }

    pub async fn kv_delete(&self, kind: KvKind, name: &str) -> Result<()> {
        self.delete::<Empty>(&format!("{}/{}", kind.base(), seg(name)))
            .await
            .map(drop)
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
