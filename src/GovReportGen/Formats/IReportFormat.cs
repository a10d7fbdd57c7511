using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Validation;

namespace GovReportGen.Formats;

/// <summary>
/// An official table format version (docs/formats.md): one folder under Formats owns its schema, its 表二
/// record, its own rules and its carry-over mapping; its templates are <c>templates/&lt;Id&gt;/</c>.
/// Adding a format is adding such a folder and one line in <see cref="FormatRegistry"/>.
/// </summary>
public interface IReportFormat : IFormatDefinition
{
    /// <summary>Rules that only make sense for this format (e.g. gov-2019's signed 本年增/减).</summary>
    IEnumerable<IRule> Rules { get; }

    /// <summary>
    /// The 表二 figures a new year file takes from last year's report in this same format (表三's carry-over is
    /// common to all formats and done by the caller). A negative figure is not offered: it would not load.
    /// </summary>
    IEnumerable<CarriedFigure> CarryOver(ReportData previous);

    /// <summary>The 条例 clause that titles a 表二 row (<c>第二十条第（一）项</c>), by row key; null for an unknown row.</summary>
    string? Table2Article(string rowKey);

    /// <summary>
    /// The sums this format's own rules check in 表二 (within the year, and against <paramref name="previous"/> when
    /// last year's report in this same format is given), as the spreadsheet form's 勾稽 cells compute them.
    /// </summary>
    IEnumerable<BalanceCheck> Checks(ReportData? previous);
}

/// <summary>How a <see cref="BalanceCheck"/>'s sum must compare with its constant.</summary>
public enum BalanceRelation { Equal, AtLeast, AtMost }

/// <summary>
/// A sum a rule checks, written so a spreadsheet can compute it: Σ coefficient × cell (relation) constant, the cells
/// named by their key paths. <see cref="Label"/> says in Chinese what must hold, with the rule id.
/// </summary>
public sealed record BalanceCheck(string RuleId, string Label, IReadOnlyList<(string Key, int Coefficient)> Terms, BalanceRelation Relation, decimal Constant);

/// <summary>A figure a new year file starts from, with the note the skeleton prints beside it.</summary>
public sealed record CarriedFigure(string Path, decimal Value, string Note);

/// <summary>The formats this build knows: the one place a format version is registered.</summary>
public static class FormatRegistry
{
    public static readonly IReadOnlyList<IReportFormat> All = new IReportFormat[]
    {
        new Gov2019.Gov2019Format(),
        new Gov2021.Gov2021Format(),
    };

    public static IReadOnlyList<string> Ids { get; } = All.Select(f => f.Id).ToList();

    public static IReportFormat? ById(string id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>The format a report year must use; null before 2019 (unsupported).</summary>
    public static IReportFormat? ForYear(int year) => (IReportFormat?)Catalog.ForYear(year);

    /// <summary>The data side of every format, for the loader and the rules.</summary>
    public static FormatCatalog Catalog { get; } = new(All);

    /// <summary>The common rules plus each format's own.</summary>
    public static RuleSet Rules { get; } = new(All.Select(f => (f.Id, f.Rules)));

    /// <summary>A loader that reads every registered format.</summary>
    public static ReportLoader Loader { get; } = new(Catalog);

    /// <summary>A validator that runs every registered format's rules.</summary>
    public static Validator Validator { get; } = new(Catalog, Rules);
}
