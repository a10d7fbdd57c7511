using GovReportGen.Documents;
using GovReportGen.Writers.Pdf.Finishing;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf;

/// <summary>What the renderers build: the page flow's elements in reading order, and the outline.</summary>
internal sealed class PdfRenderContext(PdfRendererRegistry registry, PageGeometry geometry)
{
    public PageGeometry Geometry { get; } = geometry;
    public List<LayoutElement> Elements { get; } = [];
    public List<OutlineEntry> Outline { get; } = [];

    /// <summary>The tagged PDF's Document element; renderers add their blocks' elements in reading order.</summary>
    public StructNode Structure { get; } = new("Document");

    public void Add(LayoutElement element) => Elements.Add(element);

    public void WriteBlock(Block block) => registry.For(block).Write(this, block);

    /// <summary>Body text: 16 pt, full-width characters tracked onto the 28-per-line grid.</summary>
    public TextStyle BodyStyle => new(Geometry.BodySize, Geometry.BodyTracking);

    /// <summary>A body paragraph or heading: indented 2 字, justified, on the grid.</summary>
    public BlockFormat BodyFormat(bool keepWithNext = false) =>
        new(BodyStyle, Geometry.Indent, TextAlign.Justify, Geometry.GridPitch, OnGrid: true, KeepWithNext: keepWithNext);
}
