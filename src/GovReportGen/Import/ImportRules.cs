namespace GovReportGen.Import;

/// <summary>
/// The ids of the import report's findings (GRG8xxx). Their severities and descriptions are in the rule catalogue
/// (Validation/RuleCatalog.cs), so <c>govreport rules</c> and docs/rules.md list them with every other rule.
/// </summary>
internal static class ImportRules
{
    /// <summary>No official table recognised: the file is not a report in a known format.</summary>
    public const string NoTables = "GRG8001";
    /// <summary>A blank cell or a dash read as 0.</summary>
    public const string BlankAsZero = CellValues.BlankAsZero;
    /// <summary>A unit, a thousands separator or full-width digits removed before reading.</summary>
    public const string Tidied = CellValues.Tidied;
    /// <summary>A label that matched the official one only loosely.</summary>
    public const string LooseLabel = "GRG8004";
    /// <summary>A printed cell that cannot be read as a figure: left out, so validate reports it missing.</summary>
    public const string Unreadable = "GRG8005";
    /// <summary>An official cell not found in the file.</summary>
    public const string Missing = "GRG8006";
    /// <summary>A column or row that is not part of the official table (an agency's 小计).</summary>
    public const string ExtraColumn = "GRG8007";
    public const string ExtraRow = "GRG8007";
    /// <summary>One official cell printed twice with different figures.</summary>
    public const string Conflict = "GRG8008";
    /// <summary>Narrative, title, agency or date that could not be found or placed.</summary>
    public const string Narrative = "GRG8009";
    /// <summary>The year file exists and --force was not given, or another reason nothing was written.</summary>
    public const string NotWritten = "GRG8010";
    /// <summary>A spreadsheet form whose rows or columns were changed: a label is not where the form put it; that sheet is not read.</summary>
    public const string LayoutChanged = "GRG8011";
}
