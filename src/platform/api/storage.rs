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
use axum::http::{header, HeaderMap, StatusCode, Uri};
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

async fn get_blob(
    AxState(st): St,
    uri: Uri,
    q: Q,
    headers: HeaderMap,
    Path(sha): Path<String>,
) -> ApiResult<Response> {
    verify(&st, "GET", &uri, &q)?;
    if !is_sha256(&sha) {
        return Err(ApiError::invalid("invalid sha256 in the storage URL"));
    }
    let path = st.volumes.blobs.blob_path(&sha);
    let range = headers
        .get(header::RANGE)
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    // One blocking hop opens the blob and, when small, reads it whole.
    let opened = tokio::task::spawn_blocking(move || -> std::io::Result<Opened> {
        use std::io::{Read, Seek, SeekFrom};
        let mut file = std::fs::File::open(&path)?;
        let len = file.metadata()?.len();
        let span = match range.as_deref().map(|r| byte_range(r, len)) {
            None | Some(Span::Ignored) => None,
            Some(Span::Unsatisfiable) => return Ok(Opened::Unsatisfiable(len)),
            Some(Span::Part(first, last)) => Some((first, last)),
        };
        let (first, count) = span.map_or((0, len), |(f, l)| (f, l - f + 1));
        if first > 0 {
            file.seek(SeekFrom::Start(first))?;
        }
        let body = if count <= SMALL_BLOB {
            let mut bytes = Vec::with_capacity(count as usize);
            file.take(count).read_to_end(&mut bytes)?;
            Body::from(bytes)
        } else {
            Body::from_stream(blob_stream(file, count))
        };
        Ok(Opened::Body { len, span, body })
    })
    .await
    .map_err(|e| ApiError::internal(e.to_string()))?
    .map_err(|_| ApiError::not_found("content", &sha))?;
    let (len, span, body) = match opened {
        Opened::Body { len, span, body } => (len, span, body),
        Opened::Unsatisfiable(len) => {
            let mut answer = ApiError::new(
                StatusCode::RANGE_NOT_SATISFIABLE,
                crate::model::grpc_code::OUT_OF_RANGE,
                format!("the range asked for lies outside the {len} bytes of the file"),
            )
            .into_response();
            if let Ok(v) = header::HeaderValue::from_str(&format!("bytes */{len}")) {
                answer.headers_mut().insert(header::CONTENT_RANGE, v);
            }
            return Ok(answer);
        }
    };
    let octets = (header::CONTENT_TYPE, "application/octet-stream".to_string());
    let ranges = (header::ACCEPT_RANGES, "bytes".to_string());
    Ok(match span {
        None => (
            StatusCode::OK,
            [(header::CONTENT_LENGTH, len.to_string()), octets, ranges],
            body,
        )
            .into_response(),
        Some((first, last)) => (
            StatusCode::PARTIAL_CONTENT,
            [
                (header::CONTENT_LENGTH, (last - first + 1).to_string()),
                (header::CONTENT_RANGE, format!("bytes {first}-{last}/{len}")),
                octets,
                ranges,
            ],
            body,
        )
            .into_response(),
    })
}

/// What a `Range` header asks of a body of `len` bytes (RFC 9110 14.1.2).
#[derive(Debug, PartialEq, Eq)]
enum Span {
    /// Bytes `first..=last`.
    Part(u64, u64),
    /// No byte of the body: answer 416.
    Unsatisfiable,
    /// Not a single byte range we serve (several ranges, another unit,
    /// malformed): the whole body is sent, as the RFC allows.
    Ignored,
}

fn byte_range(header: &str, len: u64) -> Span {
    let Some(spec) = header.trim().strip_prefix("bytes=") else {
        return Span::Ignored;
    };
    if spec.contains(',') {
        return Span::Ignored;
    }
    let Some((a, b)) = spec.trim().split_once('-') else {
        return Span::Ignored;
    };
    let (a, b) = (a.trim(), b.trim());
    let num = |s: &str| s.parse::<u64>().ok();
    match (a.is_empty(), b.is_empty()) {
        // `bytes=-N`: the last N bytes.
        (true, false) => match num(b) {
            Some(0) => Span::Unsatisfiable,
            Some(n) if len > 0 => Span::Part(len.saturating_sub(n), len - 1),
            Some(_) => Span::Unsatisfiable,
            None => Span::Ignored,
        },
        (false, _) => {
            let Some(first) = num(a) else {
                return Span::Ignored;
            };
            let last = if b.is_empty() { Some(u64::MAX) } else { num(b) };
            match last {
                None => Span::Ignored,
                Some(last) if last < first => Span::Ignored,
                Some(_) if first >= len => Span::Unsatisfiable,
                Some(last) => Span::Part(first, last.min(len - 1)),
            }
        }
        (true, true) => Span::Ignored,
    }
}

/// Blobs up to this size are sent from one read.
const SMALL_BLOB: u64 = 1 << 20;

enum Opened {
    Body {
        len: u64,
        span: Option<(u64, u64)>,
        body: Body,
    },
    Unsatisfiable(u64),
}

/// `count` bytes of a large blob from where `file` stands, in 1 MiB reads.
fn blob_stream(
    file: std::fs::File,
    count: u64,
) -> impl futures_util::Stream<Item = std::io::Result<Bytes>> + Send {
    let file = tokio::fs::File::from_std(file);
    futures_util::stream::unfold((file, count), |(mut file, left)| async move {
        use tokio::io::AsyncReadExt;
        if left == 0 {
            return None;
        }
        let mut buf = vec![0u8; (1 << 20).min(left as usize)];
        match file.read(&mut buf).await {
            Ok(0) => Some((
                Err(std::io::Error::new(
                    std::io::ErrorKind::UnexpectedEof,
                    "the blob is shorter than its size",
                )),
                (file, 0),
            )),
            Ok(n) => {
                buf.truncate(n);
                Some((Ok(Bytes::from(buf)), (file, left - n as u64)))
            }
            Err(e) => Some((Err(e), (file, 0))),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{byte_range, Span};

    #[test]
    fn range_headers_resolve_as_the_rfc_says() {
        assert_eq!(byte_range("bytes=0-9", 100), Span::Part(0, 9));
        assert_eq!(byte_range("bytes=90-", 100), Span::Part(90, 99));
        assert_eq!(byte_range("bytes=90-200", 100), Span::Part(90, 99));
        assert_eq!(byte_range("bytes=-10", 100), Span::Part(90, 99));
        assert_eq!(byte_range("bytes=-200", 100), Span::Part(0, 99));
        assert_eq!(byte_range("bytes=100-", 100), Span::Unsatisfiable);
        assert_eq!(byte_range("bytes=-0", 100), Span::Unsatisfiable);
        assert_eq!(byte_range("bytes=0-", 0), Span::Unsatisfiable);
        assert_eq!(byte_range("bytes=5-1", 100), Span::Ignored);
        assert_eq!(byte_range("bytes=0-1,5-9", 100), Span::Ignored);
        assert_eq!(byte_range("items=0-1", 100), Span::Ignored);
        assert_eq!(byte_range("bytes=x-1", 100), Span::Ignored);
    }
}
