using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// A block of the page flow, laid out in stages: <see cref="CollectCodePoints"/> (which characters each font
/// role prints, so fonts can be resolved per document), <see cref="Prepare"/> (shape and break lines once),
/// then any number of <see cref="Measure"/> calls (pure) and one <see cref="Draw"/> per page, which draws what
/// <see cref="Measure"/> promised and advances the element past it.
/// </summary>
internal abstract class LayoutElement
{
    /// <summary>Starts on a line of the 22-line body grid (body text and headings); tables and the title do not.</summary>
    public virtual bool OnGrid => false;

    /// <summary>Never left alone at a page bottom: moves to the next page unless the next element's first piece follows it.</summary>
    public virtual bool KeepWithNext => false;

    public virtual void CollectCodePoints(CodePointUsage usage) { }

    public abstract void Prepare(PrepareContext context);

    public abstract SpacePlan Measure(LayoutSpace space);

    /// <summary>Draws the piece <see cref="Measure"/> gives for <paramref name="space"/>, its top at <paramref name="top"/> (body coordinates).</summary>
    public abstract void Draw(PageCanvas canvas, double top, LayoutSpace space);
}

/// <summary>What preparing needs: the fonts resolved for this document and the page geometry.</summary>
internal sealed record PrepareContext(DocumentFonts Fonts, PageGeometry Geometry);
