namespace NewsEntities.Rendering;

/// <summary>
/// The one stylesheet of every page, inlined so that a page is a single file that needs no network. Entity types
/// use the Okabe-Ito palette (told apart by people with any common colour-vision deficiency) and, for those who
/// see no colour at all, a different underline each: solid for people, dashed for organizations, dotted for
/// places. Every text colour meets WCAG AA (4.5:1) on its background.
/// </summary>
internal static class PageStyle
{
    public const string Css = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --paper: #ffffff; --ground: #f3f1ec; --rule: #d9d5cc;
          --per: #0072b2; --per-bg: #d7e9f6; --org: #a86a00; --org-bg: #fde6bb; --loc: #00835f; --loc-bg: #cdeee2;
          --quote-bg: #f6dcea; --quote: #cc79a7; --chip: #6e2753; --cue: #d55e00; --link: #005a8e; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--ground); color: var(--ink); font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        a { color: var(--link); }
        a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--ink); outline-offset: 2px; border-radius: 2px; }
        .page { display: grid; grid-template-columns: minmax(0, 1fr) 19rem; grid-template-areas: "head head" "main side"; gap: 1.25rem 2rem; max-width: 74rem; margin: 0 auto; padding: 1.5rem; }
        .page.single { grid-template-columns: minmax(0, 1fr); grid-template-areas: "head" "main"; max-width: 64rem; }
        header { grid-area: head; }
        main { grid-area: main; min-width: 0; }
        aside { grid-area: side; align-self: start; position: sticky; top: 1rem; max-height: calc(100vh - 2rem); overflow: auto; background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 1rem 1.1rem; }
        @media (max-width: 60rem) { .page { grid-template-columns: minmax(0, 1fr); grid-template-areas: "head" "side" "main"; } aside { position: static; max-height: none; } }
        h1 { font-size: 1.5rem; line-height: 1.25; margin: 0 0 .25rem; overflow-wrap: anywhere; }
        h2 { font-size: 1.1rem; margin: 0 0 .6rem; }
        h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1rem 0 .4rem; }
        .summary { color: var(--muted); margin: 0 0 .6rem; }
        .legend { display: flex; flex-wrap: wrap; gap: .4rem 1rem; margin: 0; padding: 0; list-style: none; font-size: .9rem; }
        article, .panel { background: var(--paper); border: 1px solid var(--rule); border-radius: 8px; padding: 1.4rem 1.8rem; margin-bottom: 1.25rem; }
        article p { white-space: pre-wrap; overflow-wrap: anywhere; margin: 0 0 1em; font: 1.06rem/1.75 Georgia, "Times New Roman", serif; }
        .m { position: relative; padding: 0 .08em; border-bottom: 2px solid; border-radius: 2px; cursor: help; }
        .per { background: var(--per-bg); border-color: var(--per); }
        .org { background: var(--org-bg); border-color: var(--org); border-bottom-style: dashed; }
        .loc { background: var(--loc-bg); border-color: var(--loc); border-bottom-style: dotted; }
        .m.speaker { font-weight: 700; }
        .m:hover::after, .m:focus::after { content: attr(data-tip); position: absolute; left: 0; top: 100%; margin-top: 5px; z-index: 5; padding: .2em .55em; border-radius: 4px; background: var(--ink); color: #fff; font: 600 .8rem/1.35 system-ui, sans-serif; white-space: nowrap; pointer-events: none; }
        .quote { background: var(--quote-bg); box-shadow: inset 0 -2px 0 var(--quote); -webkit-box-decoration-break: clone; box-decoration-break: clone; }
        .quote:target { outline: 3px solid var(--chip); outline-offset: 2px; }
        .who { display: inline-block; margin: 0 .3em 0 .1em; padding: 0 .5em; border-radius: 999px; background: var(--chip); color: #fff; font: 600 .72rem/1.6 system-ui, sans-serif; vertical-align: .12em; white-space: nowrap; }
        .who.unnamed { background: #595959; font-style: italic; }
        .who.unknown { background: #595959; }
        .speaker-ref { font-weight: 700; border-bottom: 2px solid #595959; }
        .cue { font-weight: 700; text-decoration: underline double var(--cue); text-decoration-thickness: 1px; text-underline-offset: 3px; }
        .key { display: inline-block; padding: 0 .35em; border-radius: 2px; line-height: 1.4; }
        .entities { list-style: none; margin: 0; padding: 0; }
        .entities > li { padding: .45rem 0; border-top: 1px solid var(--rule); }
        .entities > li:first-child { border-top: 0; }
        .entity-head { display: flex; align-items: baseline; gap: .1rem; }
        .entity-name { font-weight: 700; flex: 1; min-width: 0; overflow-wrap: anywhere; }
        .swatch { display: inline-block; flex: none; width: .8rem; height: .8rem; margin-right: .4rem; border-radius: 2px; vertical-align: -.05em; }
        .count { color: var(--muted); font-size: .85rem; white-space: nowrap; }
        .swatch.per { background: var(--per); } .swatch.org { background: var(--org); } .swatch.loc { background: var(--loc); }
        .aliases { margin: .1rem 0 0 1.3rem; padding: 0; font-size: .88rem; color: var(--muted); list-style: none; }
        .aliases li { display: inline; }
        .aliases li + li::before { content: " · "; }
        table { width: 100%; border-collapse: collapse; font-size: .95rem; }
        caption { text-align: left; color: var(--muted); padding-bottom: .5rem; }
        th, td { text-align: left; vertical-align: top; padding: .45rem .6rem; border-top: 1px solid var(--rule); }
        thead th { border-top: 0; border-bottom: 2px solid var(--ink); font-size: .85rem; }
        tbody th { font-weight: 600; white-space: nowrap; }
        td.quote-cell a { color: var(--ink); text-decoration-color: var(--quote); }
        .none { color: var(--muted); font-style: italic; }
        """;
}
