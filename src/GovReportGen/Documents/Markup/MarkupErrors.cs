using System.Xml.Linq;
using GovReportGen.Diagnostics;

namespace GovReportGen.Documents.Markup;

/// <summary>Reports GRG4010 errors at markup nodes; the parser collects them and never throws.</summary>
internal sealed class MarkupErrors(SourceLocator locator, DiagnosticBag diagnostics)
{
    public const string Id = "GRG4010";

    public SourceLocator Locator => locator;
    public DiagnosticBag Diagnostics => diagnostics;
    public bool Any => diagnostics.HasErrors;

    public void At(XObject node, string message) => diagnostics.Error(Id, locator.Of(node), message);

    public void At(SourceSpan span, string message) => diagnostics.Error(Id, span, message);

    /// <summary>Shows text in a message: quoted, on one line, shortened.</summary>
    public static string Quote(string text)
    {
        var oneLine = string.Join(' ', text.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        return $"“{(oneLine.Length > 20 ? oneLine[..20] + "…" : oneLine)}”";
    }
}
