using GovReportGen.Documents.Tables;

namespace GovReportGen.Writers.Pdf.Layout.Tables;

/// <summary>A cell set into lines for its column span's width (padding taken off).</summary>
internal sealed record TableCellLayout(Origin Cell, IReadOnlyList<TextLine> Lines, double ContentHeight);
