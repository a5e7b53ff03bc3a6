//! The reference's `everai.utils.size.human_size`.

use crate::pycompat::float_repr;

/// Units above bytes, with their power of two.
const UNITS: [(&str, u32); 6] = [
    ("KiB", 10),
    ("MiB", 20),
    ("GiB", 30),
    ("TiB", 40),
    ("PiB", 50),
    ("EiB", 60),
];

/// Human-readable binary size: `N B` below 1024, else the first unit from
/// KiB to EiB giving a value below 1024. Whole values print as integers
/// (`5 GiB`); others are truncated, not rounded, to two decimals and printed
/// as a Python float (`1.5 GiB`, `1.33 KiB`, and `1.0 KiB` for 1025 bytes,
/// where truncation leaves a whole number).
pub fn human_size(bytes: u64) -> String {
    if bytes < 1024 {
        return format!("{bytes} B");
    }
    // Python's int / int is correctly rounded; dividing by a power of two is
    // exact, so converting to f64 first gives the same float.
    let size = bytes as f64;
    let scaled = |shift: u32| size / (1u64 << shift) as f64;
    // u64::MAX is below 16 EiB, so the search always succeeds.
    let (value, unit) = UNITS
        .iter()
        .map(|&(unit, shift)| (scaled(shift), unit))
        .find(|&(v, _)| v < 1024.0)
        .unwrap_or((scaled(60), "EiB"));
    if value.fract() == 0.0 {
        format!("{value:.0} {unit}")
    } else {
        format!("{} {unit}", float_repr((value * 100.0).trunc() / 100.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn human_sizes() {
        let cases = [
            (0, "0 B"),
            (11, "11 B"),
            (42, "42 B"),
            (1023, "1023 B"),
            (1024, "1 KiB"),
            (1025, "1.0 KiB"),
            (1362, "1.33 KiB"),
            (1536, "1.5 KiB"),
            (1048575, "1023.99 KiB"),
            (1048576, "1 MiB"),
            (1610625081, "1.5 GiB"),
            (1610612736, "1.5 GiB"),
            (5 << 30, "5 GiB"),
            (1 << 40, "1 TiB"),
            (1 << 50, "1 PiB"),
            (1 << 60, "1 EiB"),
            (u64::MAX, "16 EiB"),
            (u64::MAX - (1 << 52), "15.99 EiB"),
        ];
        for (bytes, want) in cases {
            assert_eq!(human_size(bytes), want, "{bytes}");
        }
    }
}
