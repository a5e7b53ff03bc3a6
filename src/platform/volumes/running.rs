//! The running digest of each multipart upload, so completing an upload
//! has (almost) nothing left to read (docs/volumes.md, "Verification").
//!
//! Parts arrive several at once and in any order. The part that starts
//! where the hashed prefix ends is hashed while it is written; a part
//! further on is only written, and read back into the digest once the
//! prefix reaches it. Completion hashes whatever is still missing from the
//! data file: after a server restart (the state lives in memory) that is
//! the whole file, as before. A part written again over bytes already
//! hashed (or twice at once) resets the state: the file on disk, not the
//! digest, is then the truth.

use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, HashMap};
use std::fs::File;
use std::io;
use std::os::unix::fs::FileExt;
use std::sync::{Arc, Mutex, MutexGuard};

/// Read-back buffer size.
const CHUNK: usize = 1 << 20;

#[derive(Default, Clone)]
pub struct Running {
    uploads: Arc<Mutex<HashMap<String, Arc<Mutex<State>>>>>,
}

struct State {
    /// None while the part at `busy_at` is hashed on its way in.
    hasher: Option<Sha256>,
    /// Bytes `0..hashed` of the data file are in the digest.
    hashed: u64,
    busy_at: Option<u64>,
    /// Parts written whole past `hashed`: offset → length.
    written: BTreeMap<u64, u64>,
    /// Bumped at each reset, so a part hashed under an older state does
    /// not hand its digest back.
    generation: u64,
}

impl State {
    fn new() -> State {
        State {
            hasher: Some(Sha256::new()),
            hashed: 0,
            busy_at: None,
            written: BTreeMap::new(),
            generation: 0,
        }
    }

    fn reset(&mut self) {
        let generation = self.generation + 1;
        *self = State::new();
        self.generation = generation;
    }

    /// Reads the parts written whole right after the prefix into the digest.
    fn catch_up(&mut self, data: &File) -> io::Result<()> {
        let Some(hasher) = self.hasher.as_mut() else {
            return Ok(()); // the busy part catches up when it is done
        };
        while let Some(len) = self.written.remove(&self.hashed) {
            hash_range(data, hasher, self.hashed, self.hashed + len)?;
            self.hashed += len;
        }
        // Parts now inside the prefix were written before a reset or twice.
        let hashed = self.hashed;
        self.written.retain(|at, _| *at >= hashed);
        Ok(())
    }
}

/// What a part write holds while it is written.
pub struct Ticket {
    state: Arc<Mutex<State>>,
    offset: u64,
    /// The digest so far and its generation, when this part extends the
    /// prefix (it is then hashed on the way in).
    live: Option<(Sha256, u64)>,
}

impl Ticket {
    /// The hasher to feed with this part's bytes, if any.
    pub fn hasher(&self) -> Option<Sha256> {
        self.live.as_ref().map(|(h, _)| h.clone())
    }
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn hash_range(data: &File, hasher: &mut Sha256, from: u64, to: u64) -> io::Result<()> {
    let mut buf = vec![0u8; CHUNK.min((to - from) as usize)];
    let mut at = from;
    while at < to {
        let n = CHUNK.min((to - at) as usize);
        data.read_exact_at(&mut buf[..n], at)?;
        hasher.update(&buf[..n]);
        at += n as u64;
    }
    Ok(())
}

impl Running {
    fn state(&self, upload_id: &str) -> Arc<Mutex<State>> {
        lock(&self.uploads)
            .entry(upload_id.to_string())
            .or_insert_with(|| Arc::new(Mutex::new(State::new())))
            .clone()
    }

    /// A part of `upload_id` at `offset` starts being written. Blocking
    /// (it may wait for a read-back of another part).
    pub fn begin(&self, upload_id: &str, offset: u64) -> Ticket {
        let state = self.state(upload_id);
        let live = {
            let mut s = lock(&state);
            if offset < s.hashed || s.busy_at == Some(offset) {
                s.reset();
            }
            s.written.remove(&offset);
            if offset == s.hashed && s.busy_at.is_none() {
                s.busy_at = Some(offset);
                let generation = s.generation;
                s.hasher.take().map(|h| (h, generation))
            } else {
                None
            }
        };
        Ticket {
            state,
            offset,
            live,
        }
    }

    /// The part of `ticket` is written: `Some((len, hasher))` when all of
    /// it arrived (`hasher` fed with it when the ticket had one), None when
    /// it failed. Blocking: may read parts back from `data`.
    pub fn end(&self, ticket: Ticket, done: Option<(u64, Option<Sha256>)>, data: &File) {
        let mut s = lock(&ticket.state);
        let generation = s.generation;
        match (ticket.live, done) {
            (Some((before, g)), done) if g == generation => {
                s.busy_at = None;
                match done {
                    Some((len, Some(after))) => {
                        s.hasher = Some(after);
                        s.hashed += len;
                    }
                    // Cut off: the digest goes back to where it was.
                    _ => s.hasher = Some(before),
                }
            }
            (Some(_), _) => {} // reset meanwhile: this part is read at completion
            (None, Some((len, _))) => {
                s.written.insert(ticket.offset, len);
            }
            (None, None) => {}
        }
        // A failed read-back only costs the completion a longer read.
        if s.catch_up(data).is_err() {
            s.reset();
        }
    }

    /// The size and digest of the upload's data file, reading only what the
    /// running digest lacks. Forgets the upload. Blocking.
    pub fn finish(&self, upload_id: &str, data: &File) -> io::Result<(u64, String)> {
        let state = lock(&self.uploads).remove(upload_id);
        let size = data.metadata()?.len();
        let mut s = match state {
            Some(state) => {
                let mut s = lock(&state);
                std::mem::replace(&mut *s, State::new())
            }
            None => State::new(),
        };
        if s.hasher.is_none() || s.hashed > size {
            s = State::new(); // a part still on its way: trust only the file
        }
        s.catch_up(data)?;
        let mut hasher = s.hasher.unwrap_or_default();
        hash_range(data, &mut hasher, s.hashed, size)?;
        Ok((size, hex::encode(hasher.finalize())))
    }

    /// Drops the state of an upload that is over (cancelled, expired).
    pub fn forget(&self, upload_id: &str) {
        lock(&self.uploads).remove(upload_id);
    }

    /// Keeps only the uploads `keep` says are current.
    pub fn retain(&self, keep: impl Fn(&str) -> bool) {
        lock(&self.uploads).retain(|id, _| keep(id));
    }

    /// Bytes of this upload already in its running digest (for tests).
    pub fn hashed(&self, upload_id: &str) -> u64 {
        lock(&self.uploads)
            .get(upload_id)
            .map_or(0, |s| lock(s).hashed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PART: usize = 1000;

    /// Writes `bytes` at `offset` of the data file as a part write does.
    fn write(running: &Running, data: &File, offset: usize, bytes: &[u8]) {
        let ticket = running.begin("u", offset as u64);
        let fed = ticket.hasher().map(|mut h| {
            h.update(bytes);
            h
        });
        data.write_all_at(bytes, offset as u64).expect("write");
        running.end(ticket, Some((bytes.len() as u64, fed)), data);
    }

    fn setup() -> (tempfile::TempDir, File, Vec<u8>) {
        let dir = tempfile::tempdir().expect("tempdir");
        let data = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(true)
            .open(dir.path().join("data"))
            .expect("data file");
        let bytes: Vec<u8> = (0..3 * PART - 10).map(|i| (i * 7 % 251) as u8).collect();
        (dir, data, bytes)
    }

    fn part(bytes: &[u8], n: usize) -> &[u8] {
        &bytes[n * PART..((n + 1) * PART).min(bytes.len())]
    }

    fn digest(bytes: &[u8]) -> String {
        hex::encode(Sha256::digest(bytes))
    }

    #[test]
    fn parts_in_order_leave_nothing_to_read_at_the_end() {
        let (_dir, data, bytes) = setup();
        let running = Running::default();
        for n in 0..3 {
            write(&running, &data, n * PART, part(&bytes, n));
            assert_eq!(
                running.hashed("u"),
                (((n + 1) * PART).min(bytes.len())) as u64
            );
        }
        let got = running.finish("u", &data).expect("finish");
        assert_eq!(got, (bytes.len() as u64, digest(&bytes)));
    }

    #[test]
    fn parts_out_of_order_are_read_back_when_the_gap_fills() {
        let (_dir, data, bytes) = setup();
        let running = Running::default();
        write(&running, &data, 2 * PART, part(&bytes, 2));
        write(&running, &data, PART, part(&bytes, 1));
        assert_eq!(running.hashed("u"), 0);
        write(&running, &data, 0, part(&bytes, 0));
        assert_eq!(running.hashed("u"), bytes.len() as u64);
        let got = running.finish("u", &data).expect("finish");
        assert_eq!(got, (bytes.len() as u64, digest(&bytes)));
    }

    #[test]
    fn a_part_written_over_hashed_bytes_resets_to_the_file() {
        let (_dir, data, bytes) = setup();
        let running = Running::default();
        write(&running, &data, 0, &vec![9u8; PART]);
        write(&running, &data, PART, part(&bytes, 1));
        write(&running, &data, 0, part(&bytes, 0));
        write(&running, &data, 2 * PART, part(&bytes, 2));
        let got = running.finish("u", &data).expect("finish");
        assert_eq!(got, (bytes.len() as u64, digest(&bytes)));
    }

    #[test]
    fn a_cut_off_part_gives_the_digest_back() {
        let (_dir, data, bytes) = setup();
        let running = Running::default();
        let ticket = running.begin("u", 0);
        data.write_all_at(&bytes[..10], 0).expect("write");
        running.end(ticket, None, &data);
        assert_eq!(running.hashed("u"), 0);
        for n in 0..3 {
            write(&running, &data, n * PART, part(&bytes, n));
        }
        assert_eq!(running.hashed("u"), bytes.len() as u64);
        let got = running.finish("u", &data).expect("finish");
        assert_eq!(got, (bytes.len() as u64, digest(&bytes)));
    }

    #[test]
    fn without_a_state_the_file_is_read_whole() {
        let (_dir, data, bytes) = setup();
        data.write_all_at(&bytes, 0).expect("write");
        let got = Running::default().finish("u", &data).expect("finish");
        assert_eq!(got, (bytes.len() as u64, digest(&bytes)));
    }
}
