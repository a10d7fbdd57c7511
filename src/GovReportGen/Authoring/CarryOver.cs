using GovReportGen.Data.Model;
using GovReportGen.Data.Common;
using GovReportGen.Formats;

namespace GovReportGen.Authoring;

/// <summary>
/// Figures a new year file starts from because last year's file fixes them: the cross-year rules
/// (GRG3001–GRG3004) would otherwise flag a zero on the first validate. Keys are dotted paths of
/// the new file; notes go into the comment of the cell (or of the 表三 row) so the user sees
/// where a figure came from.
/// </summary>
public sealed class CarryOver
{
    private readonly Dictionary<string, decimal> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _notes = new(StringComparer.Ordinal);

    private CarryOver(string sourceFileName, int sourceYear)
    {
        SourceFileName = sourceFileName;
        SourceYear = sourceYear;
    }

    /// <summary>Last year's file name, e.g. <c>2023.yaml</c>.</summary>
    public string SourceFileName { get; }

    public int SourceYear { get; }

    public IReadOnlyDictionary<string, decimal> Values => _values;

    public decimal? Value(string path) => _values.TryGetValue(path, out var v) ? v : null;

    /// <summary>The note for a cell path or a row path.</summary>
    public string? Note(string path) => _notes.TryGetValue(path, out var n) ? n : null;

    public static CarryOver From(ReportData previous, IReportFormat target, string sourceFileName)
    {
        var carry = new CarryOver(sourceFileName, previous.Year);
        carry.CarryTable3(previous);
        // 表二 differs between formats; across a format change (2020 → 2021) only 表三 carries.
        if (previous.Format.Id == target.Id)
        {
            foreach (var figure in target.CarryOver(previous))
            {
                carry._values[figure.Path] = figure.Value;
                carry._notes[figure.Path] = figure.Note;
            }
        }
        return carry;
    }

    /// <summary>表三 rows 二/四 and the columns are the same in both formats, so this holds across 2020 → 2021 too.</summary>
    private void CarryTable3(ReportData previous)
    {
        const string row = "table3.rows.carried_in";
        for (var i = 0; i < Table3Schema.TotalColumn; i++)
            Set($"{row}.{Table3Schema.Columns[i].Key}", previous.Table3.CarriedForward.Cells[i]);
        _notes[row] = $"取自{SourceYear}年度“{Table3Schema.CarriedForwardLabel}”";
        // Until their outcome is entered, GRG2001 (一+二=三+四) fails; say so where the figure is.
        if (previous.Table3.CarriedForward.SumOfApplicants > 0)
            _notes[row] += "；这些申请本年的办理结果或再结转须填入“三、本年度办理结果”或“四、结转下年度继续办理”";
    }

    /// <summary>A negative figure (last year broke GRG2010) is not carried: it would not load, and zero asks for a real value.</summary>
    private bool Set(string path, decimal value)
    {
        if (value < 0) return false;
        _values[path] = value;
        return true;
    }
}
