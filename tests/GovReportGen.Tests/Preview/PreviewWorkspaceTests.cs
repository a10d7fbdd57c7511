using GovReportGen.Cli.Preview;

namespace GovReportGen.Tests.Preview;

/// <summary>
/// The preview's render loop without a browser: a save re-renders in the same process, an error keeps the last good
/// render and names the file and line, a fix clears it, and an edited theme is read again.
/// </summary>
public class PreviewWorkspaceTests
{
    [Fact]
    public void A_template_error_keeps_the_last_good_render_and_is_located_until_fixed()
    {
        using var folder = new PreviewFolder();
        var session = folder.Workspace.Session(PreviewFolder.Agency, PreviewFolder.Year);
        var first = PreviewFolder.WaitFor(session, s => s.PdfVersion >= 1, "first HTML and PDF");
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));
        Assert.StartsWith(folder.Workspace.ScratchDir, first.HtmlPath);

        folder.Edit(folder.TitleTemplate, "政府信息公开工作年度报告</h1>", "政府信息公开工作年度报告（初稿）</h1>");
        var edited = PreviewFolder.WaitFor(session, s => s.HtmlVersion > first.HtmlVersion && s.PdfVersion > first.PdfVersion, "the edited title");
        Assert.Contains("（初稿）", File.ReadAllText(edited.HtmlPath!));

        folder.Edit(folder.TitleTemplate, "{{ agency.name }}", "{{ agency.name ");
        var broken = PreviewFolder.WaitFor(session, s => s.HasErrors, "the syntax error");
        Assert.Equal(edited.HtmlPath, broken.HtmlPath);
        Assert.Equal(edited.PdfPath, broken.PdfPath);
        Assert.True(File.Exists(broken.HtmlPath));
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Span.File == "templates/common/title.sbn" && d.Span.Line == 2);
        Assert.Contains("模板语法错误", PreviewServer.StateJson(broken).Replace("\\u6A21\\u677F\\u8BED\\u6CD5\\u9519\\u8BEF", "模板语法错误"));

        folder.Edit(folder.TitleTemplate, "{{ agency.name ", "{{ agency.name }}");
        var fixedState = PreviewFolder.WaitFor(session, s => !s.HasErrors && s.HtmlVersion > broken.HtmlVersion, "the fix");
        Assert.Contains("（初稿）", File.ReadAllText(fixedState.HtmlPath!));
    }

    [Fact]
    public void A_burst_of_saves_gives_one_render()
    {
        using var folder = new PreviewFolder();
        var session = folder.Workspace.Session(PreviewFolder.Agency, PreviewFolder.Year);
        var first = PreviewFolder.WaitFor(session, s => s.PdfVersion >= 1, "first render");
        var renders = folder.Workspace.RenderCount;
        for (var i = 0; i < 5; i++)
            folder.Edit(folder.TitleTemplate, i == 0 ? "年度报告</h1>" : $"年度报告{i - 1}</h1>", $"年度报告{i}</h1>");
        var after = PreviewFolder.WaitFor(session, s => s.HtmlPath is { } p && File.ReadAllText(p).Contains("年度报告4"), "the last save");
        Thread.Sleep(2 * (int)PreviewWorkspace.Debounce.TotalMilliseconds + 200);
        Assert.Equal(renders + 1, folder.Workspace.RenderCount);
        Assert.Equal(first.HtmlVersion + 1, after.HtmlVersion);
    }

    [Fact]
    public void A_data_edit_changes_the_figure_in_the_table()
    {
        using var folder = new PreviewFolder();
        var session = folder.Workspace.Session(PreviewFolder.Agency, PreviewFolder.Year);
        var first = PreviewFolder.WaitFor(session, s => s.HtmlVersion >= 1, "first render");
        Assert.DoesNotContain(">4321<", File.ReadAllText(first.HtmlPath!));
        folder.Edit(folder.YearFile, "licensing: {decisions: 0}", "licensing: {decisions: 4321}");
        var edited = PreviewFolder.WaitFor(session, s => s.HtmlVersion > first.HtmlVersion, "the edited figure");
        Assert.False(edited.HasErrors, string.Join("\n", edited.Diagnostics));
        Assert.Contains(">4321<", File.ReadAllText(edited.HtmlPath!));
    }

    [Fact]
    public void A_data_error_is_listed_with_its_official_cell_and_goes_when_fixed()
    {
        using var folder = new PreviewFolder();
        var session = folder.Workspace.Session(PreviewFolder.Agency, PreviewFolder.Year);
        var first = PreviewFolder.WaitFor(session, s => s.HtmlVersion >= 1, "first render");
        const string Line = "new_requests: {natural_person: 0,";
        folder.Edit(folder.YearFile, Line, "new_requests: {natural_person: 5,");
        var broken = PreviewFolder.WaitFor(session, s => s.HasErrors, "the arithmetic error");
        Assert.Equal(first.HtmlPath, broken.HtmlPath);
        var error = broken.Diagnostics.First(d => d.IsError && d.CellLabel is not null);
        Assert.Equal($"data/agencies/{PreviewFolder.Agency}/{PreviewFolder.Year}.yaml", error.Span.File);
        Assert.Contains("\"cell\":", PreviewServer.StateJson(broken));

        folder.Edit(folder.YearFile, "new_requests: {natural_person: 5,", Line);
        PreviewFolder.WaitFor(session, s => !s.HasErrors && s.HtmlVersion > first.HtmlVersion, "the fix");
    }

    /// <summary>The PDF writer reads fonts.json once per process; the preview must read an edited one again.</summary>
    [Fact]
    public void An_edited_fonts_json_is_read_again()
    {
        using var folder = new PreviewFolder();
        var fontsJson = Path.Combine(folder.Templates, "theme", "fonts.json");
        var session = folder.Workspace.Session(PreviewFolder.Agency, PreviewFolder.Year);
        var first = PreviewFolder.WaitFor(session, s => s.PdfVersion >= 1, "first render");
        Assert.False(first.HasErrors, string.Join("\n", first.Diagnostics));

        folder.Edit(fontsJson, "\"roles\": {", "\"roles\": {,");
        var broken = PreviewFolder.WaitFor(session, s => s.HasErrors, "the broken fonts.json");
        Assert.Contains(broken.Diagnostics, d => d.IsError && d.Span.File.EndsWith("fonts.json", StringComparison.Ordinal));
        Assert.Equal(first.PdfPath, broken.PdfPath);

        folder.Edit(fontsJson, "\"roles\": {,", "\"roles\": {");
        var fixedState = PreviewFolder.WaitFor(session, s => !s.HasErrors && s.PdfVersion > first.PdfVersion, "the repaired fonts.json");
        Assert.True(File.Exists(fixedState.PdfPath));
    }

    [Fact]
    public void The_scratch_folder_is_under_the_temp_folder_and_removed_at_the_end()
    {
        string scratch;
        using (var folder = new PreviewFolder())
        {
            scratch = folder.Workspace.ScratchDir;
            Assert.StartsWith(Path.GetTempPath(), scratch);
            var session = folder.Workspace.Session(PreviewFolder.Agency, PreviewFolder.Year);
            PreviewFolder.WaitFor(session, s => s.HtmlVersion >= 1, "first render");
            Assert.False(Directory.Exists(Path.Combine(folder.Root, "artifacts")));
        }
        Assert.False(Directory.Exists(scratch));
    }
}
