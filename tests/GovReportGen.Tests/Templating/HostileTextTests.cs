using GovReportGen.Diagnostics;
using System.Text;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using GovReportGen.Pipeline;
using GovReportGen.Tests.Support;
using GovReportGen.Writers.Html;

namespace GovReportGen.Tests.Templating;

/// <summary>
/// Narrative text that looks like markup, template code, bindings gone wrong, or carries control and bidi
/// characters (Hostile/agencies/sample-kjj/2024.yaml) prints as the text it is: never as elements, never
/// evaluated, with the invisible characters removed.
/// </summary>
public class HostileTextTests
{
    private static string DataDir => Path.Combine(TemplatingSupport.ThisDirectory(), "Hostile");

    private static Document Render(out string markup)
    {
        var report = TemplatingSupport.LoadSingle(DataDir, out _);
        var result = TemplatingSupport.RepoTemplater().Render(report);
        Assert.True(result.Succeeded, TemplatingSupport.Describe(result.Diagnostics));
        markup = result.Markup;
        return result.Document!;
    }

    [Fact]
    public void It_renders_with_warnings_only_GRG4011_for_markup_like_text_and_GRG1012_for_the_controls()
    {
        using var temp = new TempFolder();
        var summary = RenderRun.Execute(new RenderOptions(DataDir, RepoPaths.Templates, temp.Root, ["html"], new DateOnly(2026, 3, 1), DisplayRoot: DataDir));

        var entry = Assert.Single(summary.Reports);
        Assert.Equal(ReportStatus.Warnings, entry.Status);
        var found = entry.Diagnostics.Select(d => $"{d.Span.File}({d.Span.Line}) {(d.IsError ? "错误" : "警告")} {d.Id}").Order().ToList();
        Assert.Equal(
        [
            "agencies/sample-kjj/2024.yaml(52) 警告 GRG4011",
            "agencies/sample-kjj/2024.yaml(53) 警告 GRG4011",
            "agencies/sample-kjj/2024.yaml(56) 警告 GRG1012",
        ], found);
    }

    [Fact]
    public void The_document_holds_the_texts_literally()
    {
        var document = Render(out _);
        var paragraphs = document.Blocks.OfType<Paragraph>().Select(p => InlineText.ToPlainText(p.Inlines)).ToList();

        Assert.Contains("本局<script>alert(1)</script>依法主动公开政府信息。", paragraphs);
        Assert.Contains("符号&amp; & <b>原样保留。", paragraphs);
        Assert.Contains("模板语法{{ report.year }}不执行，{not.a.key 和 {{a.b}} 也原样输出；本年收到申请0件。", paragraphs);
        Assert.Contains("控制字符已删除，方向覆盖字符也已删除。", paragraphs);
    }

    [Fact]
    public void Only_a_real_binding_becomes_a_number()
    {
        var document = Render(out _);
        var onRequest = document.Blocks.OfType<Paragraph>().Single(p => InlineText.ToPlainText(p.Inlines).StartsWith("模板语法", StringComparison.Ordinal));

        Inline[] expected = [new Text("模板语法{{ report.year }}不执行，{not.a.key 和 {{a.b}} 也原样输出；本年收到申请"), new Number("0"), new Text("件。")];
        Assert.Equal(expected, onRequest.Inlines.ToArray());
    }

    [Fact]
    public void No_control_or_bidi_character_reaches_the_document()
    {
        var document = Render(out _);

        var bad = AllText(document).EnumerateRunes().Where(r => IsControlOrBidi(r.Value)).Select(r => $"U+{r.Value:X4}").Distinct().ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void The_markup_escapes_the_data()
    {
        Render(out var markup);

        Assert.Contains("本局&lt;script&gt;alert(1)&lt;/script&gt;依法", markup);
        Assert.Contains("符号&amp;amp; &amp; &lt;b&gt;原样保留", markup);
        Assert.DoesNotContain("<script", markup, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", markup);
    }

    [Fact]
    public void The_html_shows_the_script_as_text_and_has_no_script_element()
    {
        var html = HtmlWriter.WriteToString(Render(out _));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;b&gt;", html);
        Assert.Contains("{{ report.year }}", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html);
        Assert.DoesNotContain(html.EnumerateRunes(), r => IsControlOrBidi(r.Value) && r.Value != '\n');
    }

    private static bool IsControlOrBidi(int c) =>
        (c < 0x20 && c != '\n' && c != '\t') || c is >= 0x7F and <= 0x9F || c is >= 0x202A and <= 0x202E || c is >= 0x2066 and <= 0x2069;

    private static string AllText(Document document)
    {
        var text = new StringBuilder(document.Title);
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h: text.Append(InlineText.ToPlainText(h.Inlines)); break;
                case Paragraph p: text.Append(InlineText.ToPlainText(p.Inlines)); break;
                case Signature s: foreach (var line in s.Lines) text.Append(InlineText.ToPlainText(line.Inlines)); break;
                case Table t: foreach (var cell in t.Grid.Origins) text.Append(cell.PlainText); break;
            }
        }
        return text.ToString();
    }
}
