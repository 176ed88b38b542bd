pub mod eval;
pub mod extract;
pub mod demo;
pub mod serve;
