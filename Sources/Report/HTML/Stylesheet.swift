/// The report's inline CSS: system fonts only (nothing to download), a
/// readable measure on screen, and print rules that keep figures and tables
/// whole on a page.
enum Stylesheet {
    static let css = """
    :root { --ink: #222; --muted: #666; --rule: #ddd; --accent: #0072B2; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1200px; padding: 24px 32px 48px; color: var(--ink); background: #fff;
           font: 15px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", sans-serif; }
    h1 { font-size: 26px; margin: 0 0 4px; }
    h2 { font-size: 20px; margin: 36px 0 8px; padding-bottom: 4px; border-bottom: 2px solid var(--accent); }
    h3 { font-size: 16px; margin: 20px 0 6px; }
    p.lead { font-size: 16px; margin: 4px 0 12px; max-width: 60em; }
    p.note { color: var(--muted); font-size: 13px; max-width: 70em; }
    p.answer { font-size: 16px; max-width: 60em; margin: 8px 0 12px; padding: 6px 12px; border-left: 4px solid var(--accent); background: #f3f8fc; }
    td.verdict-holds { color: #007A5A; }
    td.verdict-fails { color: #B34700; }
    td.verdict-undecided { color: #9A6A00; }
    td.choice-chosen, td.choice-runner-up { font-weight: 600; }
    td.miss { color: #B34700; font-weight: 600; }
    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 8px 0; font-size: 14px; }
    dl.facts dt { color: var(--muted); }
    dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    nav.contents ul { list-style: none; padding: 0; margin: 12px 0; display: flex; flex-wrap: wrap; gap: 4px 18px; }
    nav.contents a { color: var(--accent); text-decoration: none; }
    .table-wrap { overflow-x: auto; margin: 8px 0 16px; }
    table { border-collapse: collapse; font-size: 13.5px; }
    span.detail { color: var(--muted); font-size: 12px; }
    caption { text-align: left; font-weight: 600; padding: 4px 0; }
    th, td { padding: 3px 10px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    th { border-bottom: 2px solid #999; font-weight: 600; }
    td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    td.center, th.center { text-align: center; }
    tbody tr:nth-child(even) { background: #f7f7f7; }
    figure { margin: 12px 0 24px; }
    figure svg { display: block; max-width: 100%; height: auto; }
    figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; max-width: 70em; }
    pre.code { font-size: 12px; background: #f5f5f5; padding: 8px; overflow-x: auto; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10pt; }
      nav.contents { display: none; }
      h2 { break-after: avoid; }
      figure, table, dl.facts { break-inside: avoid; }
      tbody tr:nth-child(even) { background: none; }
      .table-wrap { overflow: visible; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
