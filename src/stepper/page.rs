//! The stepper's page: one self-contained HTML file (its CSS, its JavaScript and the
//! trace inline; no network), which opens from `file://`. `page.js` draws each step
//! from the trace's JSON.

use super::schema::Trace;

const HTML: &str = include_str!("page.html");
const STYLE: &str = include_str!("page.css");
const SCRIPT: &str = include_str!("page.js");

/// The page for `trace`, titled `title` (the program's name).
pub fn render(trace: &Trace, title: &str) -> String {
    // In a <script> element only `</` can end the data early; `<\/` means the same in JSON.
    let data = super::to_json(trace, false).replace("</", "<\\/");
    let title = escape(title);
    // One pass over the template, so no filled-in text is searched again.
    let mut out = String::with_capacity(HTML.len() + STYLE.len() + SCRIPT.len() + data.len());
    let mut rest = HTML;
    while let Some(i) = rest.find("__") {
        out.push_str(&rest[..i]);
        let after = &rest[i..];
        let (fill, len) =
            [("__TITLE__", title.as_str()), ("__STYLE__", STYLE), ("__SCRIPT__", SCRIPT), ("__TRACE__", &data)]
                .iter()
                .find(|(mark, _)| after.starts_with(mark))
                .map_or(("__", 2), |(mark, fill)| (*fill, mark.len()));
        out.push_str(fill);
        rest = &after[len..];
    }
    out.push_str(rest);
    out
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
