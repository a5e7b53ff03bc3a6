//! The local EverAI platform embedded in the binary (`everai server`): the
//! REST API of platform-api.md over SQLite storage.
//!
//! Shape: `Platform::open` prepares the data dir and store, `router(state)`
//! builds the HTTP API, `serve(listener, shutdown)` runs it until shutdown.

pub mod api;
pub mod error;
pub mod store;

use std::future::Future;
use std::path::PathBuf;
use std::sync::Arc;

pub struct ServerOptions {
    pub data_dir: PathBuf,
    /// The API token; `None` = the one kept in the data dir, made on first start.
    pub token: Option<String>,
}

/// Everything handlers share.
pub struct State {
    pub store: store::Store,
    pub token: String,
    pub data_dir: PathBuf,
}

pub struct Platform {
    state: Arc<State>,
}

impl Platform {
    pub async fn open(options: ServerOptions) -> Result<Platform, String> {
        let dir = options.data_dir;
        create_private_dir(&dir)?;
        let token = match options.token {
            Some(t) if !t.trim().is_empty() => t.trim().to_string(),
            Some(_) => return Err("the token given with --token is empty".into()),
            None => load_or_make_token(&dir)?,
        };
        let store = store::Store::open(&dir.join("everai.db"))?;
        api::seed(&store).await.map_err(|e| e.to_string())?;
        Ok(Platform {
            state: Arc::new(State {
                store,
                token,
                data_dir: dir,
            }),
        })
    }

    pub fn token(&self) -> &str {
        &self.state.token
    }

    pub fn state(&self) -> Arc<State> {
        self.state.clone()
    }

    /// Serves the API on `listener` until `shutdown` resolves.
    pub async fn serve(
        self,
        listener: tokio::net::TcpListener,
        shutdown: impl Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let app = api::router(self.state.clone());
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown)
            .await
    }
}

fn create_private_dir(dir: &std::path::Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::create_dir_all(dir)
        .map_err(|e| format!("cannot create the data dir {}: {e}", dir.display()))?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
        .map_err(|e| format!("cannot restrict the data dir {}: {e}", dir.display()))
}

fn load_or_make_token(dir: &std::path::Path) -> Result<String, String> {
    let path = dir.join("token");
    if let Ok(existing) = std::fs::read_to_string(&path) {
        if let Some(t) = crate::credentials::clean(&existing) {
            return Ok(t);
        }
    }
    let token = random_id(40);
    crate::config::write_private_file(&path, token.as_bytes())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(token)
}

/// A random identifier of `len` base-57-like characters (the platform's ids
/// look like `4gexdRcjZyAwPGNeNFNHpr`).
pub fn random_id(len: usize) -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let mut rng = rand::thread_rng();
    (0..len)
        .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
        .collect()
}
