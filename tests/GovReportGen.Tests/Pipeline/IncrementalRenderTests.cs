using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;
using GovReportGen.Templating;

namespace GovReportGen.Tests.PipelineTests;

/// <summary>
/// A run re-renders exactly the reports whose inputs changed since the last run into the same out folder:
/// their data, a partial they include (as it resolves now), an agency override that now shadows one.
/// </summary>
public class IncrementalRenderTests
{
    private const string Gov2019Sample = "zaozhuang-yicheng-kjj";
    private const string Marker = "增量测试标记段落";

    private static readonly string[] Gov2021Samples = PipelineKit.SampleAgencies.Where(a => a != Gov2019Sample).ToArray();

    [Fact]
    public void A_second_run_with_unchanged_inputs_skips_every_report_and_rewrites_no_report_file()
    {
        using var ws = new Workspace("unchanged");
        var options = ws.Options(PipelineKit.AllWriters);
        var first = PipelineKit.Run(options);
        Assert.Equal(PipelineKit.SampleAgencies, first.With(ReportOutcome.Rendered));
        var manifestBefore = File.ReadAllBytes(Path.Combine(ws.Out, Manifest.FileName));
        PipelineKit.Backdate(ws.Out);
        var before = PipelineKit.Snapshot(ws.Out);

        var second = PipelineKit.Run(options);

        Assert.Equal(PipelineKit.SampleAgencies.Count, second.Summary.Unchanged);
        Assert.Equal(PipelineKit.SampleAgencies, second.With(ReportOutcome.Unchanged));
        var after = PipelineKit.Snapshot(ws.Out);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (file, (bytes, written)) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[file].Bytes), $"{file} changed");
            // The manifest and site pages are always rewritten (from all entries), with the same bytes.
            if (file != Manifest.FileName && !SiteIndex.IsSitePage(file))
                Assert.True(written == after[file].Written, $"{file} was rewritten by a run that had nothing to do");
        }
        // The kept entries carry last run's diagnostics, so the manifest is the same.
        Assert.Equal(manifestBefore, File.ReadAllBytes(Path.Combine(ws.Out, Manifest.FileName)));
        Assert.Equal(first.Summary.Reports.Select(r => r.Diagnostics.Count), second.Summary.Reports.Select(r => r.Diagnostics.Count));
    }

    [Fact]
    public void Editing_one_data_file_re_renders_exactly_that_report()
    {
        using var ws = new Workspace("data-edit");
        PipelineKit.Run(ws.Options());
        PipelineKit.Backdate(ws.Out);

        const string agency = "chaoyang-kjj";
        var path = ws.DataFile(agency, 2024);
        var original = File.ReadAllText(path);
        var edited = original.Replace("title_style: niandu", "title_style: nian");
        Assert.NotEqual(original, edited);
        File.WriteAllText(path, edited);

        var second = PipelineKit.Run(ws.Options());

        Assert.Equal(new[] { agency }, second.With(ReportOutcome.Rendered));
        Assert.Equal(PipelineKit.SampleAgencies.Count - 1, second.Summary.Unchanged);
        AssertOnlyRewritten(ws.Out, agency);
        // And the edit is in the output: the title now ends 2024年 (not 年度) 政府信息公开工作年度报告.
        var html = File.ReadAllText(Path.Combine(ws.Out, RenderRun.ReportPath(agency, 2024, "html")));
        Assert.Contains("2024年政府信息公开工作年度报告", html);
    }

    [Fact]
    public void Editing_only_a_comment_in_a_data_file_still_re_renders_that_report_and_no_other()
    {
        using var ws = new Workspace("data-comment");
        PipelineKit.Run(ws.Options());
        var before = File.ReadAllBytes(Path.Combine(ws.Out, RenderRun.ReportPath("ningbo-yinzhou-kjj", 2024, "html")));
        File.AppendAllText(ws.DataFile("ningbo-yinzhou-kjj", 2024), "\n# 只改了注释\n");

        var second = PipelineKit.Run(ws.Options());

        Assert.Equal(new[] { "ningbo-yinzhou-kjj" }, second.With(ReportOutcome.Rendered));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(ws.Out, RenderRun.ReportPath("ningbo-yinzhou-kjj", 2024, "html"))));
    }

    public static IEnumerable<object[]> PartialEdits() => new[]
    {
        // A format's own partial: only the reports of that format include it.
        new object[] { "gov-2019/problems.sbn", new[] { Gov2019Sample } },
        new object[] { "gov-2021/problems.sbn", Gov2021Samples },
        // A shared partial: every report includes it.
        new object[] { "common/signature.sbn", PipelineKit.SampleAgencies.ToArray() },
    };

    [Theory]
    [MemberData(nameof(PartialEdits))]
    public void Editing_a_partial_re_renders_exactly_the_reports_that_include_it(string partial, string[] expected)
    {
        using var ws = new Workspace("partial", copyTemplates: true);
        PipelineKit.Run(ws.Options());
        PipelineKit.Backdate(ws.Out);

        File.AppendAllText(ws.Template(partial), $"\n<p>{Marker}</p>\n");
        var second = PipelineKit.Run(ws.Options());

        Assert.Equal(expected.Order(StringComparer.Ordinal), second.With(ReportOutcome.Rendered));
        Assert.Equal(PipelineKit.SampleAgencies.Count - expected.Length, second.Summary.Unchanged);
        AssertOnlyRewritten(ws.Out, expected);
        foreach (var agency in PipelineKit.SampleAgencies)
        {
            var entry = second.Summary.Reports.Single(r => r.Agency == agency);
            var html = File.ReadAllText(Path.Combine(ws.Out, entry.Files["html"]));
            Assert.Equal(expected.Contains(agency), html.Contains(Marker));
        }
    }

    [Fact]
    public void A_new_partial_in_a_format_folder_shadowing_a_common_one_re_renders_that_format_only()
    {
        using var ws = new Workspace("shadow", copyTemplates: true);
        PipelineKit.Run(ws.Options());

        // common/signature.sbn is unchanged, but for gov-2019 the name now resolves to a different file.
        File.WriteAllText(ws.Template("gov-2019/signature.sbn"), File.ReadAllText(ws.Template("common/signature.sbn")) + $"\n<p>{Marker}</p>\n");
        var second = PipelineKit.Run(ws.Options());

        Assert.Equal(new[] { Gov2019Sample }, second.With(ReportOutcome.Rendered));
        Assert.Contains(Marker, File.ReadAllText(Path.Combine(ws.Out, RenderRun.ReportPath(Gov2019Sample, 2020, "html"))));
    }

    [Fact]
    public void An_agency_override_re_renders_exactly_that_agencys_report()
    {
        using var ws = new Workspace("override", copyTemplates: true);
        PipelineKit.Run(ws.Options());
        PipelineKit.Backdate(ws.Out);

        // The lookup order is templates/agencies/<id>/, then the format's folder, then common/ (TemplateSources.SearchFolders).
        const string agency = "chaoyang-kjj";
        Assert.Equal(new[] { $"agencies/{agency}", "gov-2021", "common" }, TemplateSources.SearchFolders("gov-2021", agency));
        var overrideFile = ws.Template($"agencies/{agency}/problems.sbn");
        Directory.CreateDirectory(Path.GetDirectoryName(overrideFile)!);
        File.WriteAllText(overrideFile, File.ReadAllText(ws.Template("gov-2021/problems.sbn")) + $"\n<p>{Marker}</p>\n");

        var second = PipelineKit.Run(ws.Options());

        Assert.Equal(new[] { agency }, second.With(ReportOutcome.Rendered));
        Assert.Equal(PipelineKit.SampleAgencies.Count - 1, second.Summary.Unchanged);
        AssertOnlyRewritten(ws.Out, agency);
        Assert.Contains(Marker, File.ReadAllText(Path.Combine(ws.Out, RenderRun.ReportPath(agency, 2024, "html"))));

        // Removing the override again re-renders that report once more, back to the shared partial.
        File.Delete(overrideFile);
        var third = PipelineKit.Run(ws.Options());
        Assert.Equal(new[] { agency }, third.With(ReportOutcome.Rendered));
        Assert.DoesNotContain(Marker, File.ReadAllText(Path.Combine(ws.Out, RenderRun.ReportPath(agency, 2024, "html"))));
    }

    [Fact]
    public void Templates_no_report_includes_do_not_invalidate_anything()
    {
        using var ws = new Workspace("unused", copyTemplates: true);
        PipelineKit.Run(ws.Options());

        File.WriteAllText(ws.Template("common/never-included.sbn"), "<p>没有模板包含它</p>\n");
        Directory.CreateDirectory(ws.Template("agencies/chaoyang-kjj"));
        File.WriteAllText(ws.Template("agencies/chaoyang-kjj/never-included.sbn"), "<p>没有模板包含它</p>\n");
        Directory.CreateDirectory(ws.Template("agencies/no-such-agency"));
        File.WriteAllText(ws.Template("agencies/no-such-agency/problems.sbn"), "<p>没有这个机关</p>\n");
        var second = PipelineKit.Run(ws.Options());

        Assert.Equal(PipelineKit.SampleAgencies.Count, second.Summary.Unchanged);
    }

    [Fact]
    public void Force_renders_everything_again_with_the_same_bytes()
    {
        using var ws = new Workspace("force");
        PipelineKit.Run(ws.Options());
        var before = PipelineKit.Snapshot(ws.Out, includeCache: false);
        PipelineKit.Backdate(ws.Out);

        var forced = PipelineKit.Run(ws.Options() with { Force = true });

        Assert.Equal(PipelineKit.SampleAgencies, forced.With(ReportOutcome.Rendered));
        Assert.Equal(0, forced.Summary.Unchanged);
        foreach (var (file, (bytes, _)) in before)
        {
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(ws.Out, file)));
            Assert.NotEqual(PipelineKit.Backdated, File.GetLastWriteTimeUtc(Path.Combine(ws.Out, file)));
        }
        // And a run after --force is incremental again.
        Assert.Equal(PipelineKit.SampleAgencies.Count, PipelineKit.Run(ws.Options()).Summary.Unchanged);
    }

    [Fact]
    public void Asking_for_another_set_of_formats_re_renders_every_report()
    {
        using var ws = new Workspace("formats");
        PipelineKit.Run(ws.Options(PipelineKit.HtmlOnly));
        var withDocx = PipelineKit.AllWriters.Where(f => f is "html" or "docx").ToList();

        var second = PipelineKit.Run(ws.Options(withDocx));

        Assert.Equal(PipelineKit.SampleAgencies, second.With(ReportOutcome.Rendered));
        Assert.All(second.Summary.Reports, r => Assert.Equal(new[] { "docx", "html" }, r.Files.Keys.Order(StringComparer.Ordinal)));
        Assert.All(second.Summary.Reports, r => Assert.True(File.Exists(Path.Combine(ws.Out, r.Files["docx"]))));
    }

    /// <summary>Fixing the partial a report failed on renders it: a failed report must not be kept as "unchanged".</summary>
    [Fact]
    public void Fixing_a_broken_partial_re_renders_the_report_that_failed_on_it()
    {
        using var ws = new Workspace("broken-partial", copyTemplates: true);
        var partial = ws.Template("gov-2019/problems.sbn");
        var good = File.ReadAllText(partial);
        File.WriteAllText(partial, good + "\n{{ if }}\n");

        var broken = RenderRun.Execute(ws.Options());
        var failed = broken.Reports.Single(r => r.Agency == Gov2019Sample);
        Assert.Equal(ReportStatus.Error, failed.Status);
        Assert.Empty(failed.Files);
        Assert.All(broken.Reports.Where(r => r.Agency != Gov2019Sample), r => Assert.NotEqual(ReportStatus.Error, r.Status));

        // Still broken: the failure is kept like any unchanged report (with its diagnostics), not retried.
        var outcomes = new Dictionary<string, ReportOutcome>();
        var again = RenderRun.Execute(ws.Options(), (entry, outcome) => { lock (outcomes) outcomes[entry.Agency] = outcome; });
        Assert.Equal(PipelineKit.SampleAgencies.Count, again.Unchanged);
        Assert.Equal(ReportOutcome.Unchanged, outcomes[Gov2019Sample]);
        Assert.Equal(failed.Diagnostics, again.Reports.Single(r => r.Agency == Gov2019Sample).Diagnostics);

        File.WriteAllText(partial, good);
        var fixedRun = PipelineKit.Run(ws.Options());

        Assert.Equal(new[] { Gov2019Sample }, fixedRun.With(ReportOutcome.Rendered));
        var entry = fixedRun.Summary.Reports.Single(r => r.Agency == Gov2019Sample);
        Assert.NotEqual(ReportStatus.Error, entry.Status);
        Assert.True(File.Exists(Path.Combine(ws.Out, entry.Files["html"])));
    }

    /// <summary>Only <paramref name="agencies"/>' report files (and cache records) were written; every other file still has its backdated time.</summary>
    private static void AssertOnlyRewritten(string outDir, params string[] agencies)
    {
        foreach (var file in PipelineKit.Tree(outDir, includeCache: true))
        {
            if (file == Manifest.FileName || SiteIndex.IsSitePage(file)) continue;
            var agency = file.StartsWith("reports/", StringComparison.Ordinal) ? file.Split('/')[2]
                : file.StartsWith(RenderCache.FolderName + "/", StringComparison.Ordinal) ? Path.GetFileNameWithoutExtension(file)
                : null;
            var rewritten = File.GetLastWriteTimeUtc(Path.Combine(outDir, file)) != PipelineKit.Backdated;
            Assert.True(rewritten == (agency is not null && agencies.Contains(agency)),
                $"{file}: {(rewritten ? "rewritten" : "not rewritten")}, expected only the files of {string.Join(", ", agencies)} to be");
        }
    }
}
