//! Image references (`[REGISTRY/]REPOSITORY[:TAG][@DIGEST]`) split the way
//! the engine splits them: the first path component is a registry when it
//! has a `.` or `:` or is `localhost`; otherwise the image is on Docker Hub.

/// Docker Hub's host as the engine names it in references.
pub const DOCKER_HUB: &str = "docker.io";
/// The key Docker Hub credentials have in `~/.docker/config.json`.
pub const DOCKER_HUB_AUTH_KEY: &str = "https://index.docker.io/v1/";

/// Why a text is not an image reference.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReferenceError {
    #[error("the image reference is empty")]
    Empty,
    #[error("image reference {0:?} contains blanks")]
    Blanks(String),
    #[error("image reference {text:?}: bad digest {digest:?}")]
    BadDigest { text: String, digest: String },
    #[error("{0:?} is not an image reference (REPOSITORY[:TAG])")]
    Malformed(String),
    #[error("image reference {0:?}: repository names must be lowercase")]
    Uppercase(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    /// Registry host[:port]; [`DOCKER_HUB`] when the reference names none.
    pub registry: String,
    /// The repository as written, registry included (`127.0.0.1:5000/a/b`).
    pub repository: String,
    pub tag: Option<String>,
    pub digest: Option<String>,
}

impl Reference {
    pub fn parse(text: &str) -> Result<Reference, ReferenceError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(ReferenceError::Empty);
        }
        if text.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(ReferenceError::Blanks(text.to_string()));
        }
        let (rest, digest) = match text.split_once('@') {
            Some((rest, digest)) => {
                if !digest.contains(':') {
                    return Err(ReferenceError::BadDigest {
                        text: text.to_string(),
                        digest: digest.to_string(),
                    });
                }
                (rest, Some(digest.to_string()))
            }
            None => (text, None),
        };
        // A `:` after the last `/` starts the tag (a `:` before it is a port).
        let last_slash = rest.rfind('/').map_or(0, |i| i + 1);
        let (repository, tag) = match rest[last_slash..].find(':') {
            Some(i) => {
                let at = last_slash + i;
                (&rest[..at], Some(rest[at + 1..].to_string()))
            }
            None => (rest, None),
        };
        if repository.is_empty() || repository.ends_with('/') || tag.as_deref() == Some("") {
            return Err(ReferenceError::Malformed(text.to_string()));
        }
        if repository.chars().any(|c| c.is_ascii_uppercase()) {
            return Err(ReferenceError::Uppercase(text.to_string()));
        }
        let registry = match repository.split_once('/') {
            Some((first, _))
                if first.contains('.') || first.contains(':') || first == "localhost" =>
            {
                first.to_string()
            }
            _ => DOCKER_HUB.to_string(),
        };
        Ok(Reference {
            registry,
            repository: repository.to_string(),
            tag,
            digest,
        })
    }

    /// The tag, `latest` when none was written.
    pub fn tag_or_latest(&self) -> &str {
        self.tag.as_deref().unwrap_or("latest")
    }

    /// `REPOSITORY:TAG`, the name the build tags and the push sends.
    pub fn tagged(&self) -> String {
        format!("{}:{}", self.repository, self.tag_or_latest())
    }

    /// `REPOSITORY@DIGEST`: exactly one image, whatever the tag points at later.
    pub fn pinned(&self, digest: &str) -> String {
        format!("{}@{digest}", self.repository)
    }

    /// The server address the engine expects in credentials.
    pub fn server_address(&self) -> &str {
        if self.registry == DOCKER_HUB {
            DOCKER_HUB_AUTH_KEY
        } else {
            &self.registry
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn registry_port_and_tag() {
        let r = Reference::parse("127.0.0.1:5000/team/app:v1").expect("valid");
        assert_eq!(r.registry, "127.0.0.1:5000");
        assert_eq!(r.repository, "127.0.0.1:5000/team/app");
        assert_eq!(r.tag.as_deref(), Some("v1"));
        assert_eq!(r.tagged(), "127.0.0.1:5000/team/app:v1");
        assert_eq!(r.pinned("sha256:ab"), "127.0.0.1:5000/team/app@sha256:ab");
    }

    #[test]
    fn hub_images_and_defaults() {
        let r = Reference::parse("acme/app").expect("valid");
        assert_eq!(r.registry, DOCKER_HUB);
        assert_eq!(r.server_address(), DOCKER_HUB_AUTH_KEY);
        assert_eq!(r.tagged(), "acme/app:latest");
        let r = Reference::parse("localhost/app@sha256:00").expect("valid");
        assert_eq!(r.registry, "localhost");
        assert_eq!(r.digest.as_deref(), Some("sha256:00"));
        assert_eq!(
            Reference::parse("registry:5000/app")
                .expect("valid")
                .registry,
            "registry:5000"
        );
    }

    #[test]
    fn bad_references() {
        let message = |text: &str| Reference::parse(text).map_err(|e| e.to_string());
        assert_eq!(message(""), Err("the image reference is empty".into()));
        assert_eq!(
            message("a b"),
            Err("image reference \"a b\" contains blanks".into())
        );
        assert_eq!(
            message("App"),
            Err("image reference \"App\": repository names must be lowercase".into())
        );
        for malformed in ["x:", "x/"] {
            assert_eq!(
                message(malformed),
                Err(format!(
                    "{malformed:?} is not an image reference (REPOSITORY[:TAG])"
                ))
            );
        }
        assert_eq!(
            message("x@nodigest"),
            Err("image reference \"x@nodigest\": bad digest \"nodigest\"".into())
        );
    }
}
