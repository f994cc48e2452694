"""The report page's style, inline so the page needs nothing beyond itself; fonts that carry Chinese come first."""

STYLE = """
body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "PingFang SC", "Microsoft YaHei", sans-serif;
  margin: 0 auto; max-width: 1200px; padding: 0 1.5em 3em; color: #212121; line-height: 1.5; }
header h1 { font-size: 1.6em; margin-bottom: 0.2em; }
nav a { margin-right: 1em; }
h2 { border-bottom: 2px solid #90a4ae; padding-bottom: 0.2em; margin-top: 2em; }
h3 { color: #37474f; margin-bottom: 0.3em; }
.file, .place, .line { color: #607d8b; font-family: "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; }
table.verdicts { border-collapse: collapse; margin: 0.5em 0; }
table.verdicts th, table.verdicts td { border: 1px solid #cfd8dc; padding: 0.3em 0.9em; text-align: center; }
td.holds { color: #2e7d32; font-weight: bold; } td.fails { color: #c62828; font-weight: bold; }
td.hinges { color: #ef6c00; font-weight: bold; } td.unknown { color: #6a1b9a; font-weight: bold; }
article.headline { border-left: 5px solid #b0bec5; padding: 0.2em 0.9em; margin: 0.8em 0; background: #fafafa; }
article.headline.error { border-left-color: #c62828; } article.headline.warning { border-left-color: #ef6c00; }
article.headline h4 { margin: 0.3em 0; font-size: 1.05em; }
.badge { border-radius: 3px; padding: 0 0.4em; color: white; font-size: 0.85em; background: #607d8b; }
.badge.error { background: #c62828; } .badge.warning { background: #ef6c00; }
pre { white-space: pre-wrap; margin: 0.3em 0; font-family: "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; }
pre.source { background: #eceff1; padding: 0.3em 0.6em; }
ul.findings { padding-left: 1.2em; }
li.finding { margin: 0.4em 0; }
.code { font-weight: bold; font-family: monospace; }
.articles { color: #455a64; }
dl.witness { margin: 0.2em 0 0.2em 1em; font-size: 0.92em; display: grid; grid-template-columns: max-content auto;
  column-gap: 0.8em; }
dl.witness dt { color: #607d8b; grid-column: 1; } dl.witness dd { margin: 0; grid-column: 2; }
figure.diagram { margin: 1.2em 0; border: 2px solid #cfd8dc; padding: 0.6em; overflow-x: auto; }
figure.diagram.failing { border: 3px solid #c62828; }
figure.diagram figcaption { font-weight: bold; margin-bottom: 0.4em; }
figure.diagram.failing figcaption { color: #c62828; }
figure.diagram svg { max-width: 100%; height: auto; }
table.beside { border-collapse: collapse; width: 100%; }
table.beside td { border-top: 1px solid #cfd8dc; vertical-align: top; padding: 0.5em; width: 50%; }
table.beside .words { white-space: pre-wrap; }
.note { color: #546e7a; font-style: italic; }
"""
