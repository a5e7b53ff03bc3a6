//! Byte buffers for forwarding, reused on the thread that forwards. A
//! request holds one only while it reads a head or talks to its worker,
//! never while it waits in the queue (docs/benchmarks.md, memory per queued
//! request), and a busy route stops allocating them per request.

use std::cell::RefCell;
use std::ops::{Deref, DerefMut};

/// Buffers kept per thread: about one per request in flight on a route
/// thread with many workers.
const KEEP: usize = 64;
/// Bigger buffers (a long head, a large chunk) go back to the allocator.
const KEEP_CAPACITY: usize = 64 * 1024;
/// What a new buffer starts with: a typical head, or a worker's answer head.
const INITIAL: usize = 4096;

thread_local! {
    static FREE: RefCell<Vec<Vec<u8>>> = const { RefCell::new(Vec::new()) };
}

/// An empty buffer from this thread's free list, or a new one.
pub fn take() -> Vec<u8> {
    FREE.with(|free| free.borrow_mut().pop())
        .unwrap_or_else(|| Vec::with_capacity(INITIAL))
}

/// Gives a buffer back for reuse (its contents are dropped).
pub fn give(mut buf: Vec<u8>) {
    let capacity = buf.capacity();
    if capacity == 0 || capacity > KEEP_CAPACITY {
        return;
    }
    buf.clear();
    FREE.with(|free| {
        let mut free = free.borrow_mut();
        if free.len() < KEEP {
            free.push(buf);
        }
    });
}

/// A buffer from [`take`] that goes back by [`give`] when dropped.
pub struct Scratch(Vec<u8>);

impl Default for Scratch {
    fn default() -> Scratch {
        Scratch(take())
    }
}

impl Deref for Scratch {
    type Target = Vec<u8>;
    fn deref(&self) -> &Vec<u8> {
        &self.0
    }
}

impl DerefMut for Scratch {
    fn deref_mut(&mut self) -> &mut Vec<u8> {
        &mut self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        give(std::mem::take(&mut self.0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_given_buffer_comes_back_empty_and_big_ones_are_not_kept() {
        let mut a = take();
        a.extend_from_slice(b"head");
        let ptr = a.as_ptr();
        give(a);
        let b = take();
        assert!(b.is_empty());
        assert_eq!(b.as_ptr(), ptr, "the same allocation is reused");
        give(b);
        let big = Vec::with_capacity(KEEP_CAPACITY + 1);
        give(big);
        assert!(take().capacity() <= KEEP_CAPACITY);
    }
}
