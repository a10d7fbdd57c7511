namespace GovReportGen.Data.Model;

/// <summary>A format's 表二 record. Each format defines its own; format rules and templates see the concrete type.</summary>
public interface ITable2
{
    /// <summary>Every count cell with its key path and Chinese cell name, for generic rules (year-on-year jumps).</summary>
    IEnumerable<(string Path, string CellName, decimal Value)> Cells { get; }
}
