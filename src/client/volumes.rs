//! The volume operations of the REST API, and the transfers to and from the
//! signed storage URLs it hands out (which carry no bearer token).

use super::{api_error, seg, Client};
use crate::error::{Error, Result};
use crate::model::volume::*;
use crate::model::Empty;
use std::time::Duration;

const BASE: &str = "/api/volumes/v1";

impl Client {
    pub async fn volume_list(&self) -> Result<Vec<Volume>> {
        Ok(self
            .get::<VolumeList>(&format!("{BASE}/volumes"))
            .await?
            .volumes)
    }

    pub async fn volume_get(&self, name: &str) -> Result<Volume> {
        self.get(&format!("{BASE}/{}", seg(name))).await
    }

    pub async fn volume_create(&self, name: &str) -> Result<Volume> {
        self.put(
            &format!("{BASE}/{}", seg(name)),
            &CreateVolumeBody::default(),
        )
        .await
    }

    pub async fn volume_delete(&self, name: &str) -> Result<()> {
        self.delete::<Empty>(&format!("{BASE}/{}", seg(name)))
            .await
            .map(drop)
    }

    pub async fn volume_publish(&self, name: &str) -> Result<()> {
        self.post_empty::<Empty>(&format!("{BASE}/{}/publish", seg(name)))
            .await
            .map(drop)
    }

    pub async fn volume_files(&self, name: &str) -> Result<Vec<VolumeFile>> {
        Ok(self
            .get::<FileList>(&format!("{BASE}/{}/files", seg(name)))
            .await?
            .files)
    }

    pub async fn volume_sign_download(&self, name: &str, path: &str) -> Result<SignResponse> {
        self.get(&format!("{BASE}/{}/files/{}", seg(name), seg(path)))
            .await
    }

    pub async fn volume_create_revision(&self, name: &str) -> Result<Revision> {
        self.call(
            reqwest::Method::PUT,
            &format!("{BASE}/{}/revisions", seg(name)),
            None::<&()>,
            &[],
        )
        .await
    }

    pub async fn volume_commit_revision(
        &self,
        name: &str,
        revision: &str,
        files: Vec<VolumeFile>,
    ) -> Result<()> {
        self.post::<_, Empty>(
            &format!("{BASE}/{}/revisions/{}", seg(name), seg(revision)),
            &CommitRevisionBody { files },
        )
        .await
        .map(drop)
    }

    fn revision_path(name: &str, revision: &str) -> String {
        format!("{BASE}/{}/revisions/{}", seg(name), seg(revision))
    }

    /// The three per-file calls of a push (sign-upload, commit-file,
    /// init-multipart) share a shape: `PUT .../{action}/{path}` with the
    /// file's size and digest.
    async fn revision_file_put<R: serde::de::DeserializeOwned>(
        &self,
        name: &str,
        revision: &str,
        action: &str,
        path: &str,
        file: &FileInformation,
    ) -> Result<R> {
        let body = FileInformationBody { file: file.clone() };
        self.put(
            &format!(
                "{}/{action}/{}",
                Self::revision_path(name, revision),
                seg(path)
            ),
            &body,
        )
        .await
    }

    pub async fn volume_sign_upload(
        &self,
        name: &str,
        revision: &str,
        path: &str,
        file: &FileInformation,
    ) -> Result<SignUploadResponse> {
        self.revision_file_put(name, revision, "upload", path, file)
            .await
    }

    pub async fn volume_commit_file(
        &self,
        name: &str,
        revision: &str,
        path: &str,
        file: &FileInformation,
    ) -> Result<()> {
        self.revision_file_put::<Empty>(name, revision, "commit", path, file)
            .await
            .map(drop)
    }

    pub async fn volume_init_multipart(
        &self,
        name: &str,
        revision: &str,
        path: &str,
        file: &FileInformation,
    ) -> Result<InitializeMultipartUploadResponse> {
        self.revision_file_put(name, revision, "multipart", path, file)
            .await
    }

    pub async fn volume_list_parts(
        &self,
        name: &str,
        revision: &str,
        upload_id: &str,
    ) -> Result<Vec<Part>> {
        Ok(self
            .get::<PartList>(&format!(
                "{}/uploads/{}/parts",
                Self::revision_path(name, revision),
                seg(upload_id)
            ))
            .await?
            .parts)
    }

    pub async fn volume_sign_part(
        &self,
        name: &str,
        revision: &str,
        upload_id: &str,
        part_number: i32,
    ) -> Result<SignResponse> {
        self.put(
            &format!(
                "{}/multipart/uploads/{}",
                Self::revision_path(name, revision),
                seg(upload_id)
            ),
            &SignPartBody { part_number },
        )
        .await
    }

    pub async fn volume_complete_multipart(
        &self,
        name: &str,
        revision: &str,
        upload_id: &str,
        parts: Vec<Part>,
    ) -> Result<()> {
        self.post::<_, Empty>(
            &format!(
                "{}/multipart/uploads/{}",
                Self::revision_path(name, revision),
                seg(upload_id)
            ),
            &CompleteMultipartBody {
                parts,
                mime_type: None,
            },
        )
        .await
        .map(drop)
    }
}

/// Sends and fetches bodies at signed storage URLs. No bearer token goes
/// there (the URL may point at a third-party object store), and there is no
/// total timeout: a large body takes what it takes, a stalled one fails.
#[derive(Clone)]
pub struct Storage {
    http: reqwest::Client,
}

impl Storage {
    pub fn new() -> Result<Storage> {
        let http = reqwest::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            .read_timeout(Duration::from_secs(120))
            .pool_max_idle_per_host(64)
            .user_agent(concat!("everai-rs/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::failed(format!("cannot set up the HTTP client: {e}")))?;
        Ok(Storage { http })
    }

    fn request(&self, sign: &SignResponse) -> Result<reqwest::RequestBuilder> {
        let method = reqwest::Method::from_bytes(sign.method.as_bytes())
            .map_err(|_| Error::failed(format!("unexpected signed method {:?}", sign.method)))?;
        let mut req = self.http.request(method, &sign.url);
        for (name, values) in &sign.headers {
            for v in &values.value {
                req = req.header(name.as_str(), v.as_str());
            }
        }
        Ok(req)
    }

    /// Sends `body` (of `len` bytes) as the signed request says; returns the
    /// answer's ETag, if any. Anything but 200 is an error.
    pub async fn send(
        &self,
        sign: &SignResponse,
        body: reqwest::Body,
        len: u64,
    ) -> Result<Option<String>> {
        let resp = self
            .request(sign)?
            .header(reqwest::header::CONTENT_LENGTH, len)
            .body(body)
            .send()
            .await
            .map_err(|e| transfer_error(&sign.url, e))?;
        let status = resp.status();
        if status != reqwest::StatusCode::OK {
            let bytes = resp.bytes().await.unwrap_or_default();
            return Err(api_error(status.as_u16(), &bytes));
        }
        Ok(resp
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string))
    }

    /// Starts the signed download; the caller streams the body.
    pub async fn fetch(&self, sign: &SignResponse) -> Result<reqwest::Response> {
        let resp = self
            .request(sign)?
            .send()
            .await
            .map_err(|e| transfer_error(&sign.url, e))?;
        let status = resp.status();
        if status != reqwest::StatusCode::OK {
            let bytes = resp.bytes().await.unwrap_or_default();
            return Err(api_error(status.as_u16(), &bytes));
        }
        Ok(resp)
    }

    /// Starts the signed download of bytes `first..=last`. A storage that
    /// serves ranges answers 206; one that ignores `Range` answers 200 with
    /// the whole body (the caller then reads that instead).
    pub async fn fetch_range(
        &self,
        sign: &SignResponse,
        first: u64,
        last: u64,
    ) -> Result<reqwest::Response> {
        let resp = self
            .request(sign)?
            .header(reqwest::header::RANGE, format!("bytes={first}-{last}"))
            .send()
            .await
            .map_err(|e| transfer_error(&sign.url, e))?;
        let status = resp.status();
        if status != reqwest::StatusCode::OK && status != reqwest::StatusCode::PARTIAL_CONTENT {
            let bytes = resp.bytes().await.unwrap_or_default();
            return Err(api_error(status.as_u16(), &bytes));
        }
        Ok(resp)
    }
}

/// Names the storage host without the URL's signature.
fn transfer_error(url: &str, e: reqwest::Error) -> Error {
    let host = reqwest::Url::parse(url)
        .ok()
        .and_then(|u| {
            u.host_str()
                .map(|h| format!("{h}:{}", u.port_or_known_default().unwrap_or(0)))
        })
        .unwrap_or_else(|| "storage".into());
    let mut cause: &dyn std::error::Error = &e;
    while let Some(next) = cause.source() {
        cause = next;
    }
    Error::failed(format!("transfer to/from {host} failed: {cause}"))
}
