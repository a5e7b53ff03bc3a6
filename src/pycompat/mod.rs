//! Python behaviour that the reference client (a Python program) shows on
//! its input or output, ported once for the whole crate: `int()` and
//! `float()` parsing, `repr()`, `str` methods, `format(x, "g")`, and PyYAML's
//! YAML 1.1 scalar typing. A leaf: it imports nothing else of ours, and
//! `output`, `manifest` and `autoscale` import it.

mod pyfmt;
mod unicode;
pub mod yaml11;

pub(crate) use pyfmt::{
    dict_repr, format_g, len, parse_float, rstrip, split_cr_lf, splitlines, str_repr, strip,
};
pub use pyfmt::{float_repr, int_literal, is_int, parse_int, python_bool};
