using GovReportGen.Formats;
using GovReportGen.Data;
using GovReportGen.Authoring;
using GovReportGen.Tests.Support;
using GovReportGen.Validation;
using GovReportGen.Validation.Rules;
using Xunit.Abstractions;

namespace GovReportGen.Tests.Skeleton;

/// <summary>A fresh skeleton fails validation only because its narrative is still to be written.</summary>
public class SkeletonValidationTests(ITestOutputHelper output)
{
    private static readonly string[] AllowedErrors = { "GRG4001", "GRG4002" };
    private static readonly string[] AllowedWarnings = { "GRG5003", "GRG4003" };

    private static ReportValidation Validate(TempDataFolder folder, int year)
    {
        var data = FormatRegistry.Loader.LoadAll(folder.Root, displayRoot: folder.Root);
        return FormatRegistry.Validator.Validate(data, FixtureRunner.Today, new ValidationFilter(TempDataFolder.AgencyId, year)).Reports.Single();
    }

    [Theory]
    [MemberData(nameof(SkeletonWriterTests.Formats), MemberType = typeof(SkeletonWriterTests))]
    public void Validation_reports_no_error_other_than_unwritten_narrative(string _, int year)
    {
        var (folder, _, _) = SkeletonWriterTests.Create(year);
        using (folder)
        {
            var result = Validate(folder, year);
            var unexpected = result.Diagnostics
                .Where(d => d.IsError ? !AllowedErrors.Contains(d.Id) : !AllowedWarnings.Contains(d.Id))
                .Select(d => d.ToString()).ToList();
            Assert.Empty(unexpected);
        }
    }

    [Theory]
    [MemberData(nameof(SkeletonWriterTests.Formats), MemberType = typeof(SkeletonWriterTests))]
    public void Every_placeholder_is_reported_on_its_own_line(string _, int year)
    {
        var (folder, text, _) = SkeletonWriterTests.Create(year);
        using (folder)
        {
            var lines = text.Split('\n');
            var placeholderErrors = Validate(folder, year).Diagnostics.Where(d => d.Id == "GRG4001").ToList();
            foreach (var d in placeholderErrors)
                Assert.Contains(SkeletonWriter.PlaceholderStart, lines[d.Span.Line - 1]);

            if (!NarrativeRules.All.Any(r => r.Info.Id == "GRG4001"))
            {
                output.WriteLine("GRG4001 is not registered in NarrativeRules.All yet: the placeholder count assertion is skipped.");
                return;
            }
            var expected = SkeletonWriterTests.CountPlaceholderLines(text);
            Assert.True(expected > 0);
            Assert.Equal(expected, placeholderErrors.Count);
            Assert.Equal(expected, placeholderErrors.Select(d => d.Span.Line).Distinct().Count());
        }
    }
}
