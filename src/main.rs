pub mod ast;
pub mod lexer;
pub mod literals;
lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused)]
    pub grammar,
    "/python.rs"
);
fn main() {
    let src = std::fs::read_to_string(std::env::args().nth(1).unwrap()).unwrap();
    let r = grammar::ProgramParser::new().parse(lexer::Lexer::new(&src));
    println!("{:#?}", r);
}
