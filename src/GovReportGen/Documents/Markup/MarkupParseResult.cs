using GovReportGen.Diagnostics;

namespace GovReportGen.Documents.Markup;

/// <summary>The parsed document, or (with <see cref="Document"/> null) the GRG4010 errors explaining why not.</summary>
internal sealed record MarkupParseResult(Document? Document, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => Document is not null;
}
