//! Apps, their workers, request queues and events, and resources
//! (conventions in docs/wire.md).

use super::{seg, Client};
use crate::error::Result;
use crate::model::app::App;
use crate::model::{Empty, Event, EventList, QueueList, QueuedRequest, Worker, WorkerList};
use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::model::app::MANIFEST_DIR_HEADER;

/// `{"apps": [...]}` of ListApps / ListAllApps.
#[derive(Debug, Clone, Default, Deserialize)]
struct AppList {
    #[serde(default)]
    apps: Vec<App>,
}

/// Answers of the resources service. The lists stay `None` when the server
/// leaves them out (the reference prints `gpus: null` then).
#[derive(Debug, Clone, Default, Deserialize)]
struct Regions {
    #[serde(default)]
    regions: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct Cpus {
    #[serde(default)]
    cpus: Option<Vec<String>>,
}

#[derive(Debug, Clone, Default, Deserialize)]
struct Gpus {
    #[serde(default)]
    gpus: Option<Vec<String>>,
}

fn apps_path(namespace: &str) -> String {
    format!("/api/apps/v1/namespaces/{}/apps", seg(namespace))
}

fn app_path(namespace: &str, name: &str) -> String {
    format!("{}/{}", apps_path(namespace), seg(name))
}

impl Client {
    /// CreateApp: `PUT /api/apps/v1/namespaces/{ns}/apps`, the namespace
    /// being the app's (`default` when empty).
    pub async fn app_create(&self, app: &App, manifest_dir: Option<&str>) -> Result<App> {
        let path = apps_path(app.namespace());
        self.put_with_manifest_dir(&path, app, manifest_dir).await
    }

    /// UpdateApp: `PUT .../namespaces/{ns}/apps/{name}` with the whole app.
    pub async fn app_update(&self, app: &App, manifest_dir: Option<&str>) -> Result<App> {
        let path = app_path(app.namespace(), app.name());
        self.put_with_manifest_dir(&path, app, manifest_dir).await
    }

    pub async fn app_get(&self, namespace: &str, name: &str) -> Result<App> {
        self.get(&app_path(namespace, name)).await
    }

    pub async fn app_list(&self, namespace: &str) -> Result<Vec<App>> {
        Ok(self.get::<AppList>(&apps_path(namespace)).await?.apps)
    }

    /// ListAllApps: every namespace of the caller.
    pub async fn app_list_all(&self) -> Result<Vec<App>> {
        Ok(self.get::<AppList>("/api/apps/v1/apps").await?.apps)
    }

    pub async fn app_delete(&self, namespace: &str, name: &str) -> Result<()> {
        self.delete::<Empty>(&app_path(namespace, name))
            .await
            .map(drop)
    }

    /// `POST .../apps/{name}:pause`, no body.
    pub async fn app_pause(&self, namespace: &str, name: &str) -> Result<()> {
        self.post_empty::<Empty>(&format!("{}:pause", app_path(namespace, name)))
            .await
            .map(drop)
    }

    /// `POST .../apps/{name}:resume`, no body.
    pub async fn app_resume(&self, namespace: &str, name: &str) -> Result<()> {
        self.post_empty::<Empty>(&format!("{}:resume", app_path(namespace, name)))
            .await
            .map(drop)
    }

    /// ListWorkers; both query parameters are always sent, like the
    /// reference (`?showAll=false&recentDays=2`).
    pub async fn app_workers(
        &self,
        namespace: &str,
        name: &str,
        show_all: bool,
        recent_days: i32,
    ) -> Result<Vec<Worker>> {
        let path = format!(
            "{}/workers?showAll={show_all}&recentDays={recent_days}",
            app_path(namespace, name)
        );
        Ok(self.get::<WorkerList>(&path).await?.workers)
    }

    /// ListRequestQueues, head of the queue first.
    pub async fn app_request_queues(
        &self,
        namespace: &str,
        name: &str,
    ) -> Result<Vec<QueuedRequest>> {
        let path = format!("{}/request_queues", app_path(namespace, name));
        Ok(self.get::<QueueList>(&path).await?.queues)
    }

    /// ListAppEvents, in the server's order.
    pub async fn app_events(&self, namespace: &str, name: &str) -> Result<Vec<Event>> {
        let path = format!("{}/events", app_path(namespace, name));
        Ok(self.get::<EventList>(&path).await?.events)
    }

    /// The app's request trace (a local-platform extension), oldest first;
    /// `since`: only the last so many seconds.
    pub async fn app_trace(
        &self,
        namespace: &str,
        name: &str,
        since: Option<f64>,
    ) -> Result<crate::model::trace::TraceList> {
        let mut path = format!("{}/trace", app_path(namespace, name));
        if let Some(since) = since {
            path.push_str(&format!("?since={since}"));
        }
        self.get(&path).await
    }

    pub async fn resource_regions(&self) -> Result<Option<Vec<String>>> {
        Ok(self
            .get::<Regions>("/api/resources/v1/regions")
            .await?
            .regions)
    }

    pub async fn resource_cpus(&self) -> Result<Option<Vec<String>>> {
        Ok(self.get::<Cpus>("/api/resources/v1/cpu").await?.cpus)
    }

    pub async fn resource_gpus(&self) -> Result<Option<Vec<String>>> {
        Ok(self.get::<Gpus>("/api/resources/v1/gpu").await?.gpus)
    }

    /// PUT with the `X-Everai-Manifest-Dir` header when the app came from a
    /// manifest file.
    async fn put_with_manifest_dir<B: Serialize, T: DeserializeOwned>(
        &self,
        path: &str,
        body: &B,
        manifest_dir: Option<&str>,
    ) -> Result<T> {
        let headers: Vec<(&str, &str)> = manifest_dir
            .map(|dir| vec![(MANIFEST_DIR_HEADER, dir)])
            .unwrap_or_default();
        self.call(Method::PUT, path, Some(body), &headers).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_encode_their_parameters() {
        assert_eq!(apps_path("default"), "/api/apps/v1/namespaces/default/apps");
        assert_eq!(
            app_path("a b", "x/y"),
            "/api/apps/v1/namespaces/a%20b/apps/x%2Fy"
        );
    }
}
