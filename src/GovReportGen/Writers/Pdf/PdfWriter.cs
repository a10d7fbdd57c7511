using GovReportGen.Diagnostics;
using GovReportGen.Theme;
using System.Collections.Immutable;
using GovReportGen.Documents;
using GovReportGen.Writers.Pdf.Drawing;
using GovReportGen.Writers.Pdf.Finishing;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;
using GovReportGen.Writers.Pdf.Serializing;

namespace GovReportGen.Writers.Pdf;

/// <summary>A laid-out document: its pages as display lists, the fonts chosen, the outline, and font warnings.</summary>
internal sealed record PdfLayout(IReadOnlyList<PageContent> Pages, DocumentFonts Fonts, IReadOnlyList<OutlineEntry> Outline, StructNode Structure)
{
    public IReadOnlyList<string> Warnings => Fonts.Warnings;
}

/// <summary>What writing produced, besides the bytes: the layout and the size of each embedded font subset.</summary>
internal sealed record PdfWriteResult(PdfLayout Layout, IReadOnlyDictionary<string, int> SubsetBytes);

/// <summary>
/// Writes a <see cref="Document"/> as a GB/T 9704 PDF with our own layout on SkiaSharp and HarfBuzz, in stages
/// (docs/style.md points 4, 5): renderers turn blocks into layout elements; the characters each font role prints
/// pick the document's fonts; elements shape and break their lines; the page flow places them on pages
/// (display lists); every face used is subset once for the document; Skia paints; the finishing step appends
/// the outline and document properties. Output depends only on the document, the metadata and the fonts:
/// two writes are byte-identical.
/// </summary>
internal static class PdfWriter
{
    public static PdfLayout Layout(Document document, PdfWriterOptions options)
    {
        var context = new PdfRenderContext(PdfRendererRegistry.Default, options.Geometry);
        foreach (var block in document.Blocks)
            context.WriteBlock(block);

        var usage = new CodePointUsage();
        foreach (var element in context.Elements)
            element.CollectCodePoints(usage);
        usage.Add(FontRole.PageNumber, PageNumberFooter.Characters);

        DocumentFonts fonts;
        using (StageClock.Measure("pdf fonts"))
        {
            var theme = options.LoadTheme();
            fonts = DocumentFonts.Resolve(theme, options.LoadCatalog(theme), usage);
        }
        var prepare = new PrepareContext(fonts, options.Geometry);
        foreach (var element in context.Elements)
            element.Prepare(prepare);

        var pages = new PageFlow(options.Geometry).Layout(context.Elements);
        PageNumberFooter.Add(pages, fonts, options.Geometry);
        return new PdfLayout(pages, fonts, context.Outline, context.Structure);
    }

    public static PdfWriteResult Write(Document document, DocumentMetadata metadata, PdfWriterOptions options, Stream output)
    {
        PdfLayout layout;
        using (StageClock.Measure("pdf layout"))
            layout = Layout(document, options);
        IReadOnlyDictionary<LoadedFace, FontSubset> subsets;
        using (StageClock.Measure("pdf subset"))
            subsets = Subset(layout.Pages, forPdfOnly: options.Engine == PdfEngine.Direct);
        byte[] bytes;
        using (StageClock.Measure("pdf serialize"))
            bytes = options.Engine == PdfEngine.Skia
                ? PdfFinisher.Finish(SkiaPainter.Paint(layout.Pages, subsets, options.Geometry), layout.Outline, metadata)
                : PdfSerializer.Serialize(layout, subsets, options.Geometry, metadata);
        output.Write(bytes);
        return new PdfWriteResult(layout, subsets.ToImmutableSortedDictionary(s => s.Key.Key, s => s.Value.Bytes.Length, StringComparer.Ordinal));
    }

    /// <summary>One subset per face per document (never one per role): the glyphs drawn and the characters they stand for.</summary>
    public static IReadOnlyDictionary<LoadedFace, FontSubset> Subset(IReadOnlyList<PageContent> pages, bool forPdfOnly = true)
    {
        var glyphs = new Dictionary<LoadedFace, (SortedSet<ushort> Glyphs, SortedSet<int> CodePoints)>();
        foreach (var run in pages.SelectMany(p => p.Ops).OfType<GlyphRunOp>())
        {
            if (!glyphs.TryGetValue(run.Face, out var used))
                glyphs[run.Face] = used = ([], []);
            used.Glyphs.UnionWith(run.Glyphs);
            foreach (var rune in run.Text.EnumerateRunes())
                used.CodePoints.Add(rune.Value);
        }
        return glyphs
            .OrderBy(g => g.Key.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => FontSubsetter.Subset(g.Key, g.Value.CodePoints, g.Value.Glyphs, forPdfOnly));
    }
}
