//! The storage endpoints the signed URLs of the volume API point at. They
//! take no bearer token: a valid, unexpired signature is required instead
//! (platform/volumes/signing.rs). Uploads are verified (size and SHA-256)
//! before the body becomes visible.

use crate::model::volume::{Part, PART_SIZE};
use crate::platform::error::{ApiError, ApiResult};
use crate::platform::store::volumes as store;
use crate::platform::volumes::blobs::{is_sha256, ReceiveError};
use crate::platform::State;
use axum::body::{Body, Bytes};
use axum::extract::{DefaultBodyLimit, Path, Query, State as AxState};
use axum::http::{header, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, put};
use axum::Router;
use std::collections::HashMap;
use std::sync::Arc;
use std::time::SystemTime;

type St = AxState<Arc<State>>;
type Q = Query<HashMap<String, String>>;

pub fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/storage/v1/put/{sha}/{size}", put(put_blob))
        .route("/storage/v1/part/{upload}/{number}", put(put_part))
        .route("/storage/v1/blob/{sha}", get(get_blob))
        .layer(DefaultBodyLimit::disable())
}

fn verify(st: &State, method: &str, uri: &Uri, q: &Q) -> ApiResult<()> {
    st.volumes
        .signer
        .verify(
            method,
            uri.path(),
            q.get("expires").map(String::as_str),
            q.get("signature").map(String::as_str),
            SystemTime::now(),
        )
        .map_err(|r| {
            ApiError::new(
                StatusCode::FORBIDDEN,
                crate::model::grpc_code::PERMISSION_DENIED,
                r.message(),
            )
        })
}

fn receive_error(e: ReceiveError) -> ApiError {
    match e {
        ReceiveError::TooLarge(_) | ReceiveError::Body(_) => ApiError::invalid(e.to_string()),
        ReceiveError::Io(_) => ApiError::internal(e.to_string()),
    }
}

async fn put_blob(
    AxState(st): St,
    uri: Uri,
    q: Q,
    Path((sha, size)): Path<(String, u64)>,
    body: Body,
) -> ApiResult<StatusCode> {
    verify(&st, "PUT", &uri, &q)?;
    if !is_sha256(&sha) {
        return Err(ApiError::invalid("invalid sha256 in the storage URL"));
    }
    let got = st
        .volumes
        .blobs
        .receive(body.into_data_stream(), size, true)
        .await
        .map_err(receive_error)?;
    if got.size != size || got.sha256 != sha {
        let _ = std::fs::remove_file(&got.temp);
        return Err(ApiError::invalid(format!(
            "the body has {} bytes with sha256 {}, but {size} bytes with sha256 {sha} were announced",
            got.size, got.sha256
        )));
    }
    let state = st.clone();
    tokio::task::spawn_blocking(move || state.volumes.blobs.install(&got.temp, &sha))
        .await
        .map_err(|e| ApiError::internal(e.to_string()))?
        .map_err(|e| ApiError::internal(format!("cannot store the file: {e}")))?;
    Ok(StatusCode::OK)
}

async fn put_part(
    AxState(st): St,
    uri: Uri,
    q: Q,
    Path((upload_id, number)): Path<(String, i32)>,
    body: Body,
) -> ApiResult<Response> {
    verify(&st, "PUT", &uri, &q)?;
    let id = upload_id.clone();
    let upload = st.store.volumes(move |c| store::upload(c, &id)).await?;
    // Every part but the last is PART_SIZE bytes (docs/volumes.md), so
    // each has a fixed place in the upload's data file.
    let size = upload.size as u64;
    let count = size.div_ceil(PART_SIZE);
    if number < 1 || number as u64 > count {
        return Err(ApiError::invalid(format!(
            "invalid part number {number}: a file of {size} bytes has parts 1 to {count}"
        )));
    }
    let offset = (number as u64 - 1) * PART_SIZE;
    let want = PART_SIZE.min(size - offset);
    let got = st
        .volumes
        .blobs
        .receive_part(&upload.id, offset, body.into_data_stream(), want)
        .await
        .map_err(receive_error)?;
    if got != want {
        return Err(ApiError::invalid(format!(
            "part {number} has {got} bytes, but parts are {PART_SIZE} bytes (the last one {want})"
        )));
    }
    // The whole file's digest is checked at completion; the ETag only names
    // this stored part (a re-sent part gets a new one).
    let part = Part {
        part_number: number,
        etag: format!("\"{}\"", crate::platform::random_id(32)),
        size: got as i64,
    };
    let etag = part.etag.clone();
    st.store
        .volumes(move |c| store::record_part(c, &upload.id, &part))
        .await?;
    Ok((StatusCode::OK, [(header::ETAG, etag)]).into_response())
}

async fn get_blob(AxState(st): St, uri: Uri, q: Q, Path(sha): Path<String>) -> ApiResult<Response> {
    verify(&st, "GET", &uri, &q)?;
    if !is_sha256(&sha) {
        return Err(ApiError::invalid("invalid sha256 in the storage URL"));
    }
    let path = st.volumes.blobs.blob_path(&sha);
    // One blocking hop opens the blob and, when small, reads it whole.
    let opened = tokio::task::spawn_blocking(move || -> std::io::Result<Opened> {
        use std::io::Read;
        let mut file = std::fs::File::open(&path)?;
        let len = file.metadata()?.len();
        if len <= SMALL_BLOB {
            let mut bytes = Vec::with_capacity(len as usize);
            file.read_to_end(&mut bytes)?;
            return Ok(Opened::Whole(bytes));
        }
        Ok(Opened::Stream(file, len))
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))?
    .map_err(|_| ApiError::not_found("content", &sha))?;
    let (len, body) = match opened {
        Opened::Whole(bytes) => (bytes.len() as u64, Body::from(bytes)),
        Opened::Stream(file, len) => (len, Body::from_stream(blob_stream(file))),
    };
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_LENGTH, len.to_string()),
            (header::CONTENT_TYPE, "application/octet-stream".to_string()),
        ],
        body,
    )
        .into_response())
}

/// Blobs up to this size are sent from one read.
const SMALL_BLOB: u64 = 1 << 20;

enum Opened {
    Whole(Vec<u8>),
    Stream(std::fs::File, u64),
}

/// A large blob in 1 MiB reads.
fn blob_stream(
    file: std::fs::File,
) -> impl futures_util::Stream<Item = std::io::Result<Bytes>> + Send {
    futures_util::stream::unfold(tokio::fs::File::from_std(file), |mut file| async move {
        use tokio::io::AsyncReadExt;
        let mut buf = vec![0u8; 1 << 20];
        match file.read(&mut buf).await {
            Ok(0) => None,
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Bytes::from(buf)), file))
            }
            Err(e) => Some((Err(e), file)),
        }
    })
}
