namespace GovReportGen.Writers.Html;

/// <summary>
/// The page's CSS: docs/typesetting.md §7 for print (A4, GB/T 9704 margins, font roles as custom properties, no
/// synthetic bold or italic), plus a screen style that shows the page as a sheet of paper.
/// </summary>
public static class HtmlStylesheet
{
    public const string Default = """
        @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
        :root {
          --title: "方正小标宋简体", "FZXiaoBiaoSong-B05S", "方正小标宋_GBK", "华文中宋", "STZhongsong",
                   "AR PL UMing CN", "Noto Serif CJK SC", serif;
          --hei:   "黑体", "SimHei", "方正黑体_GBK", "Heiti SC", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif;
          --kai:   "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "方正楷体_GBK", "STKaiti", "AR PL UKai CN", serif;
          --fang:  "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "方正仿宋_GBK", "STFangsong",
                   "AR PL UMing CN", serif;
          --song:  "宋体", "SimSun", "Songti SC", "STSong", "AR PL UMing CN", "Noto Serif CJK SC", serif;
        }
        * { font-synthesis: none; }
        html { color: #000; background: #fff; }
        body { margin: 0; font: 16pt/28.95pt var(--fang); }
        h1 { margin: 0; font-weight: normal; }
        h1.title { margin: 0 0 28.95pt; font: 22pt/35pt var(--title); text-align: center; }
        p, h2, h3, h4 { margin: 0; text-indent: 2em; text-align: justify; line-break: strict;
                        overflow-wrap: anywhere; font-size: 16pt; font-weight: normal; }
        h2 { font-family: var(--hei); }
        h3 { font-family: var(--kai); }
        h4 { font-family: var(--fang); }
        h2, h3, h4 { break-after: avoid; }
        .subtitle { text-indent: 0; text-align: center; }
        p.date { text-indent: 0; text-align: right; }
        strong { font-family: var(--hei); font-weight: normal; }
        em { font-family: var(--kai); font-style: normal; }
        .num { white-space: nowrap; }
        table { width: 100%; border-collapse: collapse; font: 10.5pt/1.3 var(--fang); }
        th, td { border: 0.5pt solid #000; padding: 1pt 2pt; vertical-align: middle;
                 text-align: center; font-weight: normal; overflow-wrap: anywhere; }
        th[scope^="row"], .label { text-align: left; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        /* 署名 one empty line below the body, 2 字 from the right; the date starts 2 字 right of the
           署名's first character, and a longer date pushes the 署名 left (GB/T 9704 §7.3.5.2). */
        .signature { width: fit-content; margin: 28.95pt 2em 0 auto; }
        .signature p { text-indent: 0; text-align: left; }
        .signature p.date { padding-left: 2em; }
        @media screen {
          html { background: #e6e6e6; }
          main { box-sizing: border-box; width: 210mm; max-width: 100%; min-height: 297mm; margin: 2em auto;
                 padding: 37mm 26mm 35mm 28mm; background: #fff; box-shadow: 0 0 6px rgba(0, 0, 0, 0.3); }
        }
        @media screen and (max-width: 210mm) {
          main { min-height: 0; margin: 0; padding: 1.5em; }
        }
        """;
}
