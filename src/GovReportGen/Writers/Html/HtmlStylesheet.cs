using System.Globalization;
using GovReportGen.Theme;

namespace GovReportGen.Writers.Html;

/// <summary>
/// The page's CSS: docs/typesetting.md §7 for print (A4, GB/T 9704 margins, font roles as custom properties, no
/// synthetic bold or italic), plus a screen style that shows the page as a sheet of paper. Paper and margins
/// are CSS mm and type CSS pt, both straight from the <see cref="PageSpec"/>. The font stacks are the
/// browser's own: they add the names macOS and the web know and end in a generic family. A stack cannot name a
/// weight per family, so weights pick the free faces' (Noto Serif CJK SC Bold for the title, Light for 仿宋 text) while
/// the single-weight government fonts are matched at their one weight (font-synthesis: none forbids faking bold).
/// </summary>
internal static class HtmlStylesheet
{
    public static string Default { get; } = For(PageSpec.Default);

    public static string For(PageSpec page)
    {
        var margins = $"{N(page.MarginTopMm)}mm {N(page.MarginRightMm)}mm {N(page.MarginBottomMm)}mm {N(page.MarginLeftMm)}mm";
        var pitch = $"{N(page.LinePitch)}pt";
        return $$"""
        @page { size: A4; margin: {{margins}}; }
        :root {
          --title: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋", "STZhongsong",
                   "Noto Serif CJK SC", "AR PL UMing CN", serif;
          --hei:   "黑体", "SimHei", "方正黑体_GBK", "Heiti SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei", sans-serif;
          --kai:   "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体_GBK", "STKaiti", "LXGW WenKai", "AR PL UKai CN", serif;
          --fang:  "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋_GBK", "STFangsong",
                   "Noto Serif CJK SC", "AR PL UMing CN", serif;
          --song:  "宋体", "SimSun", "Songti SC", "STSong", "Noto Serif CJK SC", "AR PL UMing CN", serif;
        }
        * { font-synthesis: none; }
        html { color: #000; background: #fff; }
        body { margin: 0; font: 300 {{N(page.BodySize)}}pt/{{pitch}} var(--fang); }
        h1 { margin: 0; font-weight: normal; }
        h1.title { margin: 0 0 {{pitch}}; font: 700 {{N(page.TitleSize)}}pt/{{N(page.TitlePitch)}}pt var(--title); text-align: center; }
        p, h2, h3, h4 { margin: 0; text-indent: 2em; text-align: justify; line-break: strict;
                        overflow-wrap: anywhere; font-size: {{N(page.BodySize)}}pt; font-weight: 300; }
        h2 { font-family: var(--hei); font-weight: normal; }
        h3 { font-family: var(--kai); font-weight: normal; }
        h4 { font-family: var(--fang); }
        h2, h3, h4 { break-after: avoid; }
        .subtitle { text-indent: 0; text-align: center; }
        p.date { text-indent: 0; text-align: right; }
        strong { font-family: var(--hei); font-weight: normal; }
        em { font-family: var(--kai); font-style: normal; }
        .num { white-space: nowrap; }
        table { width: 100%; border-collapse: collapse; font: 300 {{N(page.TableSize)}}pt/{{N(page.TableLineFactor)}} var(--fang); }
        th, td { border: {{N(page.BorderWidth)}}pt solid #000; padding: {{N(page.TablePaddingY)}}pt {{N(page.TablePaddingX)}}pt; vertical-align: middle;
                 text-align: center; font-weight: 300; overflow-wrap: anywhere; }
        th[scope^="row"], .label { text-align: left; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        /* 署名 one empty line below the body, 2 字 from the right; the date starts 2 字 right of the
           署名's first character, and a longer date pushes the 署名 left (GB/T 9704 §7.3.5.2). */
        .signature { width: fit-content; margin: {{pitch}} 2em 0 auto; }
        .signature p { text-indent: 0; text-align: left; }
        .signature p.date { padding-left: 2em; }
        @media screen {
          html { background: #e6e6e6; }
          main { box-sizing: border-box; width: {{N(page.PaperWidthMm)}}mm; max-width: 100%; min-height: {{N(page.PaperHeightMm)}}mm; margin: 2em auto;
                 padding: {{margins}}; background: #fff; box-shadow: 0 0 6px rgba(0, 0, 0, 0.3); }
        }
        @media screen and (max-width: {{N(page.PaperWidthMm)}}mm) {
          main { min-height: 0; margin: 0; padding: 1.5em; }
          /* A phone keeps every cell at least two characters wide; a table that then needs more than the
             screen (表四's fifteen columns) scrolls in its own region, not the page. */
          .table-scroll { overflow-x: auto; }
          .table-scroll:focus { outline: 2px solid #0b4f9c; }
          th, td { min-width: 2em; }
          /* The label columns stay in view while the figures scroll under them: fixed widths instead of the
             paper's percentages (an offset cannot follow a percentage), each label cell pinned at the sum of the
             label columns before it, opaque so the figures pass beneath (HtmlStickyLabels). */
          table.sticky-labels col { width: auto !important; }
          table.sticky-labels th.label-outer { box-sizing: border-box; width: {{N(HtmlStickyLabels.OuterWidthEm)}}em; min-width: {{N(HtmlStickyLabels.OuterWidthEm)}}em; }
          table.sticky-labels th.label-inner { box-sizing: border-box; width: {{N(HtmlStickyLabels.InnerWidthEm)}}em; min-width: {{N(HtmlStickyLabels.InnerWidthEm)}}em; }
          table.sticky-labels th.sticky { position: sticky; left: 0; z-index: 1; background: #fff; box-shadow: inset -1px 0 #000; }
        {{StickyOffsets()}}
        }
        """;
    }

    /// <summary>One rule per label column a sticky cell may start in: k outer label columns from the left.</summary>
    private static string StickyOffsets() => string.Join("\n", Enumerable.Range(1, HtmlStickyLabels.MaxColumns - 1).Select(k =>
        $"  table.sticky-labels th.from-{k} {{ left: {N(k * HtmlStickyLabels.OuterWidthEm)}em; }}"));

    private static string N(double value) => value.ToString(CultureInfo.InvariantCulture);
}
