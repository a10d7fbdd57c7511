using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;
using static GovReportGen.Tests.Writers.Pdf.PdfTestSupport;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>
/// Chinese line breaking (docs/typesetting.md §3) on real shaped text: which clusters end up on which line, and
/// where they sit (x of every cluster, width of every line), never pixels.
/// </summary>
public class LineBreakingTests
{
    private const double Tolerance = 0.01;
    private static readonly string TwentyEight = new('中', 28);
    private static readonly string TwentySeven = new('中', 27);

    public static IEnumerable<object[]> NotAtLineStart => Kinsoku.NotAtLineStart.Select(c => new object[] { c.ToString() });

    public static IEnumerable<object[]> NotAtLineEnd => Kinsoku.NotAtLineEnd.Select(c => new object[] { c.ToString() });

    private static (IReadOnlyList<TextLine> Lines, IReadOnlyList<Cluster> Clusters) Set(string text, double width)
    {
        var clusters = Body(text);
        var lines = LineBreaker.Break(clusters, width, width)
            .Select(span => LineFinalizer.Finish(clusters, span, 0, width, TextAlign.Justify))
            .ToList();
        return (lines, clusters);
    }

    [Fact]
    public void Full_width_characters_sit_on_a_grid_of_28_per_line()
    {
        var (lines, clusters) = Set(TwentyEight + "中", FullLine);

        Assert.Equal([TwentyEight, "中"], lines.Select(l => l.Text));
        Assert.Equal(15.7929, clusters[0].Advance, 3);
        for (var i = 0; i < 28; i++)
            Assert.Equal(i * FullLine / 28, lines[0].ClusterX[i], 3);
        Assert.Equal(FullLine, lines[0].Width, 3);
    }

    [Theory]
    [MemberData(nameof(NotAtLineStart))]
    public void A_closing_mark_never_starts_a_line(string mark)
    {
        // Filled greedily the mark would start line 2; instead the character before it comes down with it (伸排).
        var (lines, _) = Set(TwentyEight + mark + "文文", FullLine);

        Assert.Equal(TwentySeven, lines[0].Text);
        Assert.StartsWith("中" + mark, lines[1].Text, StringComparison.Ordinal);
        Assert.Equal(FullLine, lines[0].Width, 2);                                   // the shorter line is justified…
        Assert.Equal(FullLine - FullLine / 28, lines[0].ClusterX[^1], 2);            // …its last character flush right
        Assert.Equal(0, lines[1].ClusterX[0], 3);
    }

    [Theory]
    [MemberData(nameof(NotAtLineEnd))]
    public void An_opening_mark_never_ends_a_line(string mark)
    {
        var (lines, _) = Set(TwentySeven + mark + "文文", FullLine);

        Assert.Equal(TwentySeven, lines[0].Text);
        Assert.StartsWith(mark + "文", lines[1].Text, StringComparison.Ordinal);
        Assert.Equal(FullLine - FullLine / 28, lines[0].ClusterX[^1], 2);
    }

    [Fact]
    public void Ellipsis_and_dash_pairs_never_split_nor_start_a_line()
    {
        var (ellipsis, _) = Set(TwentySeven + "……文", FullLine);
        var (dash, _) = Set(TwentySeven + "——文", FullLine);

        Assert.Equal([new string('中', 26), "中……文"], ellipsis.Select(l => l.Text));
        Assert.Equal([new string('中', 26), "中——文"], dash.Select(l => l.Text));
    }

    [Fact]
    public void Quoted_word_after_a_comma_moves_as_a_whole()
    {
        // docs/typesetting.md §3 test text `测试文本，“测”`, placed so that the break would fall after the opening quote.
        var (lines, _) = Set(new string('中', 22) + "测试文本，“测”", FullLine);

        Assert.Equal(new string('中', 22) + "测试文本，", lines[0].Text);
        Assert.Equal("“测”", lines[1].Text);
        Assert.Equal(FullLine - FullLine / 28, lines[0].ClusterX[^1], 2);
    }

    [Fact]
    public void Bracketed_number_with_its_comma_stays_whole()
    {
        var (lines, _) = Set(new string('中', 26) + "（0000），文", FullLine);

        Assert.Equal(new string('中', 26), lines[0].Text);
        Assert.StartsWith("（0000），", lines[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Tight_line_compresses_its_punctuation_to_keep_a_closing_mark()
    {
        // 28 cells of "中，" pairs, then "。": the fourteen commas give up 1/14 em each, so the full stop stays (缩排).
        var text = string.Concat(Enumerable.Repeat("中，", 14)) + "。文";
        var (lines, clusters) = Set(text, FullLine);

        Assert.EndsWith("，。", lines[0].Text, StringComparison.Ordinal);
        Assert.Equal("文", lines[1].Text);
        var lastX = lines[0].ClusterX[^1];
        Assert.True(lastX + clusters[28].Advance - FullLine <= Tolerance + clusters[28].Advance / 2, $"the full stop at {lastX} overflows the line");
        Assert.True(lines[0].ClusterX[2] < 2 * FullLine / 28 - 0.5, "the commas before were compressed");
        // Inside the line no mark gives more than 0.15 em, so no glyph overlaps the one before it by the 0.2 em at
        // which pdftotext splits a line; the closing mark at the end may give up to half an em.
        for (var i = 0; i + 1 < lines[0].ClusterX.Length; i++)
            Assert.True(lines[0].ClusterX[i + 1] - lines[0].ClusterX[i] >= clusters[i].Advance - 0.15 * 16 - 0.001, $"cluster {i} gives too much");
    }

    [Fact]
    public void Compression_inside_a_line_stays_below_the_text_extraction_limit()
    {
        // Two commas could give the missing em only at half an em each: not allowed inside a line, so 伸排.
        var text = "本局紧扣工作职能，将政府信息公开列为年度重点工作之一，明确分管领导和责任人";
        var (lines, _) = Set(text, FullLine - 2 * FullLine / 28);

        Assert.Equal("本局紧扣工作职能，将政府信息公开列为年度重点工作之", lines[0].Text);
    }

    [Fact]
    public void Latin_words_and_numbers_are_never_broken()
    {
        var text = "中文中文中文 hello world 电话0632-3083197。";
        var width = 10 * FullLine / 28;
        var lines = BreakBody(text, width);

        Assert.Equal(text.Replace(" ", ""), string.Concat(lines).Replace(" ", ""));
        Assert.Contains(lines, l => l.Contains("hello", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("world", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("0632-3083197。", StringComparison.Ordinal));
        Assert.All(lines, l => Assert.False(l.StartsWith(' ') || l.EndsWith(' '), $"line “{l}” keeps a space at its edge"));
    }

    [Fact]
    public void A_number_stays_with_the_unit_after_it()
    {
        var clusters = Body(new string('中', 7) + "2024年");
        var width = clusters.Take(11).Sum(c => c.Advance) + 1; // 7 中 and 2024 fit, 年 does not

        var lines = BreakBody(new string('中', 7) + "2024年", width);

        Assert.Equal([new string('中', 7), "2024年"], lines);
    }

    [Theory]
    [InlineData("2024年12月31日")]
    [InlineData("〔2021〕30号")]
    [InlineData("44条")]
    public void Dates_document_numbers_and_counts_stay_whole_where_the_line_allows(string piece)
    {
        var text = new string('中', 20) + piece + "中中";
        var full = Body(text);
        for (var cut = 21; cut < 20 + piece.Length; cut++)
        {
            // A line ending anywhere inside the piece carries the whole piece down.
            var width = full.Take(cut).Sum(c => c.Advance) + 0.5;
            var lines = BreakBody(text, width);
            Assert.Contains(lines, l => l.Contains(piece, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_address_in_running_text_breaks_after_a_slash_or_dot_instead_of_stretching_the_line()
    {
        var text = "本报告电子版可在http://www.zzszq.gov.cn/查阅或下载。" + new string('中', 30);
        var full = Body(text);
        var width = full.Take(16).Sum(c => c.Advance) + 0.5; // 本报告电子版可在 + "http://w" fit

        var lines = BreakBody(text, width);

        Assert.Equal(text, string.Concat(lines));
        Assert.Equal("本报告电子版可在http://", lines[0]); // after the slashes, not before the whole address
    }

    [Fact]
    public void Phone_numbers_and_decimals_never_break_inside()
    {
        var text = new string('中', 20) + "0632-3083197与3.5中";
        var full = Body(text);
        var width = full.Take(25).Sum(c => c.Advance) + 0.5;

        var lines = BreakBody(text, width);

        Assert.Contains(lines, l => l.Contains("0632-3083197", StringComparison.Ordinal));
    }

    [Fact]
    public void A_line_is_never_stretched_more_than_a_quarter_em_per_gap()
    {
        // Ten ideographs, then an unbreakable run that does not fit: the short line would need ~1.8 em per gap.
        var (lines, clusters) = Set(new string('中', 10) + string.Concat(Enumerable.Repeat("0632308319", 5)), FullLine);

        var first = lines[0];
        Assert.Equal(new string('中', 10), first.Text);
        var limit = LineFinalizer.MaxStretchPerGapEm * clusters[0].Size;
        for (var i = 1; i < first.ClusterX.Length; i++)
            Assert.InRange(first.ClusterX[i] - first.ClusterX[i - 1] - clusters[i - 1].Advance, -0.001, limit + 0.001);
        Assert.True(first.Width < FullLine - 50, "the rest of the line stays empty");
    }

    [Theory]
    [InlineData("（三）不予公开", 3.6, "（三）|不予|公开")]
    [InlineData("（四）无法提供", 3.6, "（四）|无法|提供")]
    [InlineData("三、本年度办理结果", 2.6, null)]
    [InlineData("政府信息", 3.6, "政府|信息")]
    [InlineData("自然人", 2.6, "自|然人")]
    public void A_table_label_never_ends_with_a_lone_character_when_the_same_lines_allow_two(string label, double ems, string? expected)
    {
        var size = 10.5;
        var fonts = Fonts(label, GovReportGen.Theme.FontRole.Table);
        var clusters = Shaper.Shape(InlineCollector.Plain(label, GovReportGen.Theme.FontRole.Table), fonts, new TextStyle(size));
        var width = ems * size;

        var spans = LineBreaker.BreakAvoidingLoneLast(clusters, width);

        var lines = spans.Select(s => string.Concat(clusters.Skip(s.Start).Take(s.End - s.Start).Select(c => c.Text))).ToList();
        if (expected is not null)
            Assert.Equal(expected, string.Join("|", lines));
        Assert.True(lines[^1].Length >= 2, string.Join("|", lines));
        Assert.Equal(LineBreaker.Break(clusters, width, width).Count, spans.Count);
    }

    [Fact]
    public void Url_longer_than_a_line_breaks_after_a_separator()
    {
        var url = "http://www.example.gov.cn/zwgk/zfxxgk/ndbg/2024/report-annual-information-disclosure.html";
        var lines = BreakBody("网址" + url, FullLine / 2);

        Assert.True(lines.Count >= 2);
        Assert.Equal("网址" + url, string.Concat(lines));
        foreach (var line in lines.SkipLast(1))
            Assert.Contains(line[^1], Kinsoku.EmergencyBreakAfter + "址");
    }

    [Fact]
    public void Justification_spreads_space_between_ideographs_but_not_inside_latin_words()
    {
        var (lines, clusters) = Set(new string('中', 20) + " ab 中中中中中中中中", FullLine);

        var first = lines[0];
        Assert.Equal(FullLine, first.Width, 2);
        var a = first.Text.IndexOf('a');
        Assert.Equal(clusters[a].Advance, first.ClusterX[a + 1] - first.ClusterX[a], 3); // a→b: natural advance
        Assert.True(first.ClusterX[1] - first.ClusterX[0] > clusters[0].Advance + 0.01);   // 中→中: widened
    }

    [Fact]
    public void Last_line_of_a_paragraph_is_not_justified()
    {
        var (lines, clusters) = Set(TwentyEight + "中中中", FullLine);

        Assert.Equal(3 * clusters[0].Advance, lines[1].Width, 3);
        Assert.Equal(clusters[0].Advance, lines[1].ClusterX[1], 3);
    }

    [Fact]
    public void Figure_spans_are_never_broken()
    {
        var doc = Layout("<p>" + new string('中', 24) + "共<span class=\"num\">12345</span>件</p>");
        var body = doc.Pages[0].Lines.Where(l => !l.Text.StartsWith('—')).ToList();

        Assert.Contains(body, l => l.Text.Contains("12345", StringComparison.Ordinal));
    }

    [Fact]
    public void First_line_is_indented_two_characters_and_the_rest_flush_left()
    {
        var layout = Layout("<p>" + new string('中', 40) + "</p>");
        var lines = layout.Pages[0].Lines.Where(l => !l.Text.StartsWith('—')).ToList();

        Assert.Equal(Geometry.Left + 2 * FullLine / 28, lines[0].X, 3);
        Assert.Equal(31.59, lines[0].X - Geometry.Left, 2);
        Assert.Equal(26, lines[0].Text.Length);
        Assert.Equal(Geometry.Left, lines[1].X, 3);
        Assert.Equal(14, lines[1].Text.Length);
    }

    [Fact]
    public void A_full_page_holds_22_lines_of_28_characters()
    {
        var characters = 22 * 28 - 2 + 28 + 1; // 22 full lines, then one more full line and one character
        var layout = Layout("<p>" + new string('中', characters) + "</p>");
        var page1 = layout.Pages[0].Lines.Where(l => !l.Text.StartsWith('—')).ToList();
        var page2 = layout.Pages[1].Lines.Where(l => !l.Text.StartsWith('—')).ToList();

        Assert.Equal(22, page1.Count);
        Assert.Equal(26, page1[0].Text.Length);
        Assert.All(page1.Skip(1), l => Assert.Equal(28, l.Text.Length));
        for (var i = 0; i < 22; i++)
            Assert.Equal(Geometry.Top + i * 28.95, page1[i].Top, 3);
        Assert.True(page1[^1].Top + page1[^1].Height <= Geometry.Bottom);
        Assert.Equal(["中中中中中中中中中中中中中中中中中中中中中中中中中中中中", "中"], page2.Select(l => l.Text));
        Assert.Equal(Geometry.Top, page2[0].Top, 3);
    }

    [Fact]
    public void A_paragraphs_last_line_never_starts_a_page_alone()
    {
        var characters = 22 * 28 - 2 + 1; // 22 full lines and one character: a widow if set greedily
        var layout = Layout("<p>" + new string('中', characters) + "</p>");
        var page1 = layout.Pages[0].Lines.Where(l => !l.Text.StartsWith('—')).ToList();
        var page2 = layout.Pages[1].Lines.Where(l => !l.Text.StartsWith('—')).ToList();

        Assert.Equal(21, page1.Count);
        Assert.Equal(2, page2.Count);
    }

    [Fact]
    public void A_paragraphs_first_line_never_ends_a_page_alone()
    {
        // 21 lines of one paragraph leave one line at the foot: the next paragraph starts on the next page.
        var layout = Layout("<p>" + new string('中', 21 * 28 - 2) + "</p><p>" + new string('中', 60) + "</p>");
        var page1 = layout.Pages[0].Lines.Where(l => !l.Text.StartsWith('—')).ToList();
        var page2 = layout.Pages[1].Lines.Where(l => !l.Text.StartsWith('—')).ToList();

        Assert.Equal(21, page1.Count);
        Assert.Equal(3, page2.Count);
    }

    [Fact]
    public void Each_line_centres_its_em_box_in_the_grid_slot()
    {
        var layout = Layout("<p>中文</p>");
        var line = layout.Pages[0].Lines[0];

        var emTop = line.Baseline - 0.88 * line.Size;
        Assert.Equal(line.Top + (28.95 - 16) / 2, emTop, 3);
    }

    [Fact]
    public void Title_is_centred_on_its_own_pitch_with_balanced_lines_and_an_empty_line_below()
    {
        var layout = Layout("<h1 class=\"title\">" + new string('题', 24) + "<br/>2024年政府信息公开工作年度报告</h1><p>正文</p>");
        var lines = layout.Pages[0].Lines.Where(l => !l.Text.StartsWith('—')).ToList();

        Assert.Equal([new string('题', 12), new string('题', 12), "2024年政府信息公开工作年度报告", "正文"], lines.Select(l => l.Text));
        Assert.All(lines.Take(3), l => Assert.Equal(22, l.Size));
        Assert.All(lines.Take(3), l => Assert.Equal(Geometry.Left + Geometry.BodyWidth / 2, l.X + l.Width / 2, 2));
        Assert.Equal(35, lines[1].Top - lines[0].Top, 3);
        Assert.Equal(35, lines[2].Top - lines[1].Top, 3);
        // 3 × 35 pt = 105 pt, snapped to the grid (4 lines = 115.8 pt), then one empty grid line.
        Assert.Equal(Geometry.Top + 5 * 28.95, lines[3].Top, 3);
    }

    [Fact]
    public void Break_rules_follow_the_data_lists()
    {
        var c = Body("中，（a b1");
        Assert.False(BreakRules.CanBreakBetween(c[0], c[1])); // before ，
        Assert.True(BreakRules.CanBreakBetween(c[1], c[2]));  // ，|（
        Assert.False(BreakRules.CanBreakBetween(c[2], c[3])); // after （
        Assert.False(BreakRules.CanBreakBetween(c[3], c[4])); // a|space: break after the space only
        Assert.True(BreakRules.CanBreakBetween(c[4], c[5]));  // space|b
        Assert.False(BreakRules.CanBreakBetween(c[5], c[6])); // b1: one word
    }
}
