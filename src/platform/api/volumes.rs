//! The volume API (docs/volumes.md): volumes, revisions, and the signing
//! of storage URLs for uploads, multipart parts and downloads.

use super::parse_json;
use crate::model::volume::*;
use crate::model::Empty;
use crate::platform::error::{ApiError, ApiResult};
use crate::platform::store::volumes::{self as store, LOCAL_USER};
use crate::platform::volumes::blobs::is_sha256;
use crate::platform::State;
use axum::body::Bytes;
use axum::extract::{Path, State as AxState};
use axum::http::HeaderMap;
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::SystemTime;

type St = AxState<Arc<State>>;

const BASE: &str = "/api/volumes/v1";

pub fn routes() -> Router<Arc<State>> {
    let rev = format!("{BASE}/{{volume}}/revisions/{{revision}}");
    Router::new()
        .route(&format!("{BASE}/volumes"), get(list))
        .route(
            &format!("{BASE}/{{volume}}"),
            get(fetch).put(create).delete(remove).post(change_revision),
        )
        .route(&format!("{BASE}/{{volume}}/publish"), post(publish))
        .route(&format!("{BASE}/{{volume}}/files"), get(list_files))
        .route(
            &format!("{BASE}/{{volume}}/files/{{path}}"),
            get(sign_download),
        )
        .route(
            &format!("{BASE}/{{volume}}/revisions"),
            put(create_revision),
        )
        .route(&rev, post(commit_revision).delete(cancel_revision))
        .route(&format!("{rev}/upload/{{path}}"), put(sign_upload))
        .route(&format!("{rev}/commit/{{path}}"), put(commit_file))
        .route(&format!("{rev}/multipart/{{path}}"), put(init_multipart))
        .route(
            &format!("{rev}/multipart/uploads/{{upload}}"),
            put(sign_part).post(complete_multipart),
        )
        .route(&format!("{rev}/uploads/{{upload}}/parts"), get(list_parts))
        .route(
            &format!("{rev}/uploads/{{upload}}"),
            delete(cancel_multipart),
        )
}

/// The short name behind `vol` or `users/USER/volumes/vol`; every volume
/// of the local platform belongs to its one user.
fn short_name(raw: &str) -> ApiResult<String> {
    let name = match raw.strip_prefix("users/") {
        Some(rest) => match rest.split('/').collect::<Vec<_>>()[..] {
            [user, "volumes", name] if user == LOCAL_USER => name,
            [_, "volumes", _] => return Err(store::not_found(raw).into()),
            _ => raw,
        },
        None => raw,
    };
    if is_volume_name(name) {
        Ok(name.to_string())
    } else {
        Err(ApiError::invalid(format!(
            "invalid volume name {raw:?}: use 1 to 128 letters, digits, '-', '_' or '.', starting with a letter or digit"
        )))
    }
}

fn check_revision(revision: &str) -> ApiResult<()> {
    if is_revision_name(revision) {
        Ok(())
    } else {
        Err(ApiError::invalid(format!(
            "invalid revision name {revision:?}: expected six digits, '-', three hex digits (e.g. 000001-a3f)"
        )))
    }
}

fn check_path(path: &str) -> ApiResult<()> {
    match file_path_problem(path) {
        None => Ok(()),
        Some(problem) => Err(ApiError::invalid(format!(
            "invalid file path {path:?}: it {problem}"
        ))),
    }
}

fn check_info(st: &State, path: &str, info: &FileInformation) -> ApiResult<()> {
    check_path(path)?;
    if !is_sha256(&info.sha256) {
        return Err(ApiError::invalid(format!(
            "file {path}: sha256 must be 64 lower-case hex digits"
        )));
    }
    if info.size < 0 {
        return Err(ApiError::invalid(format!("file {path}: negative size")));
    }
    let limits = st.volumes.limits;
    if info.size as u64 > limits.max_file_size {
        return Err(too_large(format!(
            "file {path} is {} bytes, above the per-file limit of {} bytes (server flag --volume-max-file-size)",
            info.size, limits.max_file_size
        )));
    }
    Ok(())
}

fn too_large(message: String) -> ApiError {
    ApiError::new(
        axum::http::StatusCode::PAYLOAD_TOO_LARGE,
        crate::model::grpc_code::RESOURCE_EXHAUSTED,
        message,
    )
}

/// The base the client used to reach us, so signed URLs point back here.
fn base_url(headers: &HeaderMap) -> String {
    let host = headers
        .get(axum::http::header::HOST)
        .and_then(|h| h.to_str().ok())
        .unwrap_or("127.0.0.1");
    format!("http://{host}")
}

fn signed(st: &State, headers: &HeaderMap, method: &str, path: &str) -> SignResponse {
    let url = st.volumes.signer.sign(method, path, SystemTime::now());
    let mut h = BTreeMap::new();
    if method == "PUT" {
        h.insert(
            "Content-Type".to_string(),
            HeaderValue {
                value: vec!["application/octet-stream".into()],
            },
        );
    }
    SignResponse {
        method: method.to_string(),
        url: format!("{}{url}", base_url(headers)),
        headers: h,
    }
}

async fn volume(st: &State, raw: &str) -> ApiResult<Volume> {
    let name = short_name(raw)?;
    Ok(st.store.volumes(move |c| store::get(c, &name)).await?)
}

/// The volume, after checking `revision` is open on it.
async fn open_revision(st: &State, raw: &str, revision: &str) -> ApiResult<store::VolumeRef> {
    check_revision(revision)?;
    let name = short_name(raw)?;
    let rev = revision.to_string();
    Ok(st
        .store
        .volumes(move |c| {
            let v = store::locate(c, &name)?;
            store::require_open(c, &v.id, &rev)?;
            Ok(v)
        })
        .await?)
}

async fn list(AxState(st): St) -> ApiResult<Json<VolumeList>> {
    let volumes = st.store.volumes(|c| store::list(c)).await?;
    Ok(Json(VolumeList { volumes }))
}

async fn fetch(AxState(st): St, Path(raw): Path<String>) -> ApiResult<Json<Volume>> {
    Ok(Json(volume(&st, &raw).await?))
}

async fn create(AxState(st): St, Path(raw): Path<String>, body: Bytes) -> ApiResult<Json<Volume>> {
    let body: CreateVolumeBody = parse_json(&body)?;
    let name = short_name(&raw)?;
    let labels = body
        .labels
        .filter(|l| !l.is_empty())
        .map(|l| serde_json::to_string(&l))
        .transpose()
        .map_err(|e| ApiError::internal(e.to_string()))?;
    let id = crate::platform::random_id(22);
    let now = crate::model::now_rfc3339();
    let v = st
        .store
        .volumes(move |c| store::create(c, &id, &name, labels, &now))
        .await?;
    Ok(Json(v))
}

async fn remove(AxState(st): St, Path(raw): Path<String>) -> ApiResult<Json<Empty>> {
    let name = short_name(&raw)?;
    let (id, orphans) = st
        .store
        .volumes(move |c| {
            let id = store::get(c, &name)?.id;
            Ok((id, store::delete(c, &name)?))
        })
        .await?;
    for sha in orphans {
        st.volumes.blobs.remove(&sha);
    }
    crate::platform::volumes::mounts::forget(st.volumes.root(), &id);
    Ok(Json(Empty {}))
}

async fn change_revision(
    AxState(st): St,
    Path(raw): Path<String>,
    body: Bytes,
) -> ApiResult<Json<Volume>> {
    let body: ChangeRevisionBody = parse_json(&body)?;
    check_revision(&body.revision_name)?;
    let name = short_name(&raw)?;
    let now = crate::model::now_rfc3339();
    let v = st
        .store
        .volumes(move |c| {
            let v = store::get(c, &name)?;
            store::change_revision(c, &v.id, &body.revision_name, &now)?;
            store::get(c, &name)
        })
        .await?;
    Ok(Json(v))
}

async fn publish(AxState(st): St, Path(raw): Path<String>) -> ApiResult<Json<Empty>> {
    let name = short_name(&raw)?;
    let now = crate::model::now_rfc3339();
    st.store
        .volumes(move |c| store::publish(c, &name, &now))
        .await?;
    Ok(Json(Empty {}))
}

async fn list_files(AxState(st): St, Path(raw): Path<String>) -> ApiResult<Json<FileList>> {
    let name = short_name(&raw)?;
    let files = st
        .store
        .volumes(move |c| {
            let v = store::locate(c, &name)?;
            store::files(c, &v.id, &v.revision)
        })
        .await?;
    Ok(Json(FileList { files }))
}

async fn sign_download(
    AxState(st): St,
    headers: HeaderMap,
    Path((raw, path)): Path<(String, String)>,
) -> ApiResult<Json<SignResponse>> {
    check_path(&path)?;
    let name = short_name(&raw)?;
    let p = path.clone();
    let file = st
        .store
        .volumes(move |c| {
            let v = store::locate(c, &name)?;
            store::file(c, &v.id, &v.revision, &p)
        })
        .await?
        .ok_or_else(|| ApiError::not_found("file", &path))?;
    Ok(Json(signed(
        &st,
        &headers,
        "GET",
        &format!("/storage/v1/blob/{}", file.sha256),
    )))
}

async fn create_revision(AxState(st): St, Path(raw): Path<String>) -> ApiResult<Json<Revision>> {
    let v = volume(&st, &raw).await?;
    let suffix = format!("{:03x}", rand::random::<u16>() & 0xfff);
    let now = crate::model::now_rfc3339();
    let rev = st
        .store
        .volumes(move |c| store::open_revision(c, &v, &suffix, &now))
        .await?;
    Ok(Json(rev))
}

async fn commit_revision(
    AxState(st): St,
    Path((raw, revision)): Path<(String, String)>,
    body: Bytes,
) -> ApiResult<Json<Empty>> {
    check_revision(&revision)?;
    let name = short_name(&raw)?;
    let body: CommitRevisionBody = parse_json(&body)?;
    let mut seen = std::collections::HashSet::new();
    let mut total: u64 = 0;
    for f in &body.files {
        let info = FileInformation {
            size: f.size,
            sha256: f.sha256.clone(),
            ..Default::default()
        };
        check_info(&st, &f.path, &info)?;
        if !seen.insert(f.path.as_str()) {
            return Err(ApiError::invalid(format!(
                "file {} is listed twice",
                f.path
            )));
        }
        if !st.volumes.blobs.has(&f.sha256, f.size as u64) {
            return Err(ApiError::precondition(format!(
                "file {} has not been uploaded (no content with sha256 {} and {} bytes): upload it, then commit",
                f.path, f.sha256, f.size
            )));
        }
        total += f.size as u64;
    }
    let max = st.volumes.limits.max_volume_size;
    if total > max {
        return Err(too_large(format!(
            "volume {name} would hold {total} bytes, above the per-volume limit of {max} bytes (server flag --volume-max-size)"
        )));
    }
    let now = crate::model::now_rfc3339();
    st.store
        .volumes(move |c| store::commit_revision(c, &name, &revision, &body.files, &now))
        .await?;
    Ok(Json(Empty {}))
}

async fn cancel_revision(
    AxState(st): St,
    Path((raw, revision)): Path<(String, String)>,
) -> ApiResult<Json<Empty>> {
    let v = open_revision(&st, &raw, &revision).await?;
    st.store
        .volumes(move |c| store::cancel_revision(c, &v.id, &revision))
        .await?;
    Ok(Json(Empty {}))
}

async fn sign_upload(
    AxState(st): St,
    headers: HeaderMap,
    Path((raw, revision, path)): Path<(String, String, String)>,
    body: Bytes,
) -> ApiResult<Json<SignUploadResponse>> {
    let body: FileInformationBody = parse_json(&body)?;
    check_info(&st, &path, &body.file)?;
    open_revision(&st, &raw, &revision).await?;
    let info = body.file;
    if st.volumes.blobs.has(&info.sha256, info.size as u64) {
        return Ok(Json(SignUploadResponse {
            action: upload_action::ALREADY_EXISTS.into(),
            response: None,
        }));
    }
    let target = format!("/storage/v1/put/{}/{}", info.sha256, info.size);
    Ok(Json(SignUploadResponse {
        action: upload_action::UPLOAD.into(),
        response: Some(signed(&st, &headers, "PUT", &target)),
    }))
}

async fn commit_file(
    AxState(st): St,
    Path((raw, revision, path)): Path<(String, String, String)>,
    body: Bytes,
) -> ApiResult<Json<Empty>> {
    let body: FileInformationBody = parse_json(&body)?;
    check_info(&st, &path, &body.file)?;
    open_revision(&st, &raw, &revision).await?;
    if !st
        .volumes
        .blobs
        .has(&body.file.sha256, body.file.size as u64)
    {
        return Err(ApiError::precondition(format!(
            "file {path} has not arrived whole (no content with sha256 {} and {} bytes): upload it again",
            body.file.sha256, body.file.size
        )));
    }
    Ok(Json(Empty {}))
}

async fn init_multipart(
    AxState(st): St,
    Path((raw, revision, path)): Path<(String, String, String)>,
    body: Bytes,
) -> ApiResult<Json<InitializeMultipartUploadResponse>> {
    let body: FileInformationBody = parse_json(&body)?;
    check_info(&st, &path, &body.file)?;
    let v = open_revision(&st, &raw, &revision).await?;
    let info = body.file;
    if st.volumes.blobs.has(&info.sha256, info.size as u64) {
        return Ok(Json(InitializeMultipartUploadResponse {
            action: upload_action::ALREADY_EXISTS.into(),
            upload_id: String::new(),
        }));
    }
    let new_id = crate::platform::random_id(22);
    let now = crate::model::now_rfc3339();
    let upload_id = st
        .store
        .volumes(move |c| {
            store::find_or_create_upload(c, &new_id, &v.id, &info.sha256, info.size, &now)
        })
        .await?;
    Ok(Json(InitializeMultipartUploadResponse {
        action: upload_action::UPLOAD.into(),
        upload_id,
    }))
}

/// The upload, after checking it belongs to the volume and the revision is open.
async fn upload_of(
    st: &State,
    raw: &str,
    revision: &str,
    upload_id: &str,
) -> ApiResult<store::Upload> {
    let v = open_revision(st, raw, revision).await?;
    let id = upload_id.to_string();
    let upload = st.store.volumes(move |c| store::upload(c, &id)).await?;
    if upload.volume_id != v.id {
        return Err(ApiError::not_found("upload", upload_id));
    }
    Ok(upload)
}

async fn list_parts(
    AxState(st): St,
    Path((raw, revision, upload_id)): Path<(String, String, String)>,
) -> ApiResult<Json<PartList>> {
    let upload = upload_of(&st, &raw, &revision, &upload_id).await?;
    let parts = st
        .store
        .volumes(move |c| store::parts(c, &upload.id))
        .await?;
    Ok(Json(PartList { parts }))
}

/// Most parts one upload may have (S3's limit).
const MAX_PARTS: i32 = 10_000;

async fn sign_part(
    AxState(st): St,
    headers: HeaderMap,
    Path((raw, revision, upload_id)): Path<(String, String, String)>,
    body: Bytes,
) -> ApiResult<Json<SignResponse>> {
    let body: SignPartBody = parse_json(&body)?;
    if !(1..=MAX_PARTS).contains(&body.part_number) {
        return Err(ApiError::invalid(format!(
            "invalid partNumber {}: parts are numbered 1 to {MAX_PARTS}",
            body.part_number
        )));
    }
    let upload = upload_of(&st, &raw, &revision, &upload_id).await?;
    let target = format!("/storage/v1/part/{}/{}", upload.id, body.part_number);
    Ok(Json(signed(&st, &headers, "PUT", &target)))
}

async fn complete_multipart(
    AxState(st): St,
    Path((raw, revision, upload_id)): Path<(String, String, String)>,
    body: Bytes,
) -> ApiResult<Json<Empty>> {
    let body: CompleteMultipartBody = parse_json(&body)?;
    let upload = upload_of(&st, &raw, &revision, &upload_id).await?;
    let id = upload.id.clone();
    let stored = st.store.volumes(move |c| store::parts(c, &id)).await?;
    let mut previous = 0;
    for part in &body.parts {
        if part.part_number <= previous {
            return Err(ApiError::invalid(
                "parts must be listed in increasing partNumber order",
            ));
        }
        previous = part.part_number;
        match stored.iter().find(|p| p.part_number == part.part_number) {
            Some(p) if p.etag == part.etag => {}
            Some(_) => {
                return Err(ApiError::invalid(format!(
                    "part {}: the etag does not match the uploaded part",
                    part.part_number
                )))
            }
            None => {
                return Err(ApiError::precondition(format!(
                    "part {} has not been uploaded",
                    part.part_number
                )))
            }
        }
    }
    let state = st.clone();
    let want = upload.clone();
    let verified = tokio::task::spawn_blocking(move || -> ApiResult<bool> {
        let blobs = &state.volumes.blobs;
        if blobs.has(&want.sha256, want.size as u64) {
            return Ok(true);
        }
        let data = blobs.upload_data(&want.id);
        let (size, sha256) = match blobs.measure_upload(&want.id) {
            Ok(measured) => measured,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(false),
            Err(e) => return Err(ApiError::internal(format!("cannot read the parts: {e}"))),
        };
        if size != want.size as u64 || sha256 != want.sha256 {
            return Ok(false);
        }
        blobs
            .install(&data, &want.sha256)
            .map_err(|e| ApiError::internal(format!("cannot store the file: {e}")))?;
        Ok(true)
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))??;
    // Done or spoiled, the upload is over: a mismatch starts the next
    // attempt afresh instead of resuming from parts that do not add up.
    let id = upload.id.clone();
    st.store
        .volumes(move |c| store::delete_upload(c, &id))
        .await?;
    let _ = std::fs::remove_dir_all(st.volumes.blobs.upload_dir(&upload.id));
    if !verified {
        return Err(ApiError::invalid(format!(
            "the parts do not make the file announced ({} bytes with sha256 {}): push again",
            upload.size, upload.sha256
        )));
    }
    Ok(Json(Empty {}))
}

async fn cancel_multipart(
    AxState(st): St,
    Path((raw, revision, upload_id)): Path<(String, String, String)>,
) -> ApiResult<Json<Empty>> {
    let upload = upload_of(&st, &raw, &revision, &upload_id).await?;
    let id = upload.id.clone();
    st.store
        .volumes(move |c| store::delete_upload(c, &id))
        .await?;
    st.volumes.blobs.running.forget(&upload.id);
    let _ = std::fs::remove_dir_all(st.volumes.blobs.upload_dir(&upload.id));
    Ok(Json(Empty {}))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_resolve_to_the_short_form() {
        assert_eq!(short_name("vol1").unwrap(), "vol1");
        assert_eq!(short_name("users/local/volumes/vol1").unwrap(), "vol1");
        assert_eq!(
            short_name("users/bob/volumes/vol1").unwrap_err().status,
            404
        );
        assert_eq!(short_name("a/b").unwrap_err().status, 400);
        assert_eq!(short_name("..").unwrap_err().status, 400);
    }
}
