//! Volume names as the reference client checks them: write operations take
//! only a short name; reads also take `USER/VOLUME`, rewritten to
//! `users/USER/volumes/VOLUME`.

use crate::error::{Error, Result};

/// The name for create, push, delete and publish.
pub fn own(name: &str) -> Result<&str> {
    if name.contains('/') {
        return Err(Error::usage(
            "only short volume name (do not include user name) permitted",
        ));
    }
    Ok(name)
}

/// The name for get, pull and tree.
pub fn regular(name: &str) -> Result<String> {
    if !name.contains('/') || is_qualified(name) {
        return Ok(name.to_string());
    }
    match name.split_once('/') {
        Some((user, volume)) if !volume.contains('/') => {
            Ok(format!("users/{user}/volumes/{volume}"))
        }
        _ => Err(Error::usage(format!("invalid volume name {name}"))),
    }
}

fn is_qualified(name: &str) -> bool {
    let parts: Vec<&str> = name.split('/').collect();
    matches!(parts[..], ["users", user, "volumes", vol] if !user.is_empty() && !vol.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_as_the_reference_checks_them() {
        assert_eq!(own("vol").unwrap(), "vol");
        assert_eq!(
            own("a/b").unwrap_err().to_string(),
            "only short volume name (do not include user name) permitted"
        );
        assert_eq!(regular("vol").unwrap(), "vol");
        assert_eq!(regular("alice/vol").unwrap(), "users/alice/volumes/vol");
        assert_eq!(
            regular("users/alice/volumes/vol").unwrap(),
            "users/alice/volumes/vol"
        );
        assert_eq!(
            regular("a/b/c").unwrap_err().to_string(),
            "invalid volume name a/b/c"
        );
    }
}
