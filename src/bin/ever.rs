fn main() -> std::process::ExitCode {
    everai::cli::main()
}
