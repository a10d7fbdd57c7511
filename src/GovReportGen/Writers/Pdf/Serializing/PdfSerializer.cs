using System.Globalization;
using System.Security;
using System.Text;
using GovReportGen.Writers.Pdf.Finishing;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf.Serializing;

/// <summary>
/// Stage 6 (serialize): writes the laid-out pages as a tagged PDF (PDF/UA-1) directly from the display lists: a
/// content stream per page (text as the shaped glyph ids, table rules as paths, each piece of text in a
/// marked-content sequence of its structure element, page numbers, repeated table headers and rules as
/// artifacts), the document's font subsets as CID fonts, the structure tree in the Document's reading order, the
/// outline, the document properties and XMP metadata. Every value comes from the document, so output is
/// byte-identical for identical input.
/// </summary>
internal static class PdfSerializer
{
    public const string Producer = "GovReportGen (HarfBuzz)";

    public static byte[] Serialize(PdfLayout layout, IReadOnlyDictionary<LoadedFace, FontSubset> subsets, PageGeometry geometry, DocumentMetadata metadata)
    {
        var writer = new PdfObjectWriter();
        var catalog = writer.Reserve();
        var pagesRoot = writer.Reserve();
        var info = writer.Reserve();
        var structRoot = writer.Reserve();

        var fonts = new Dictionary<LoadedFace, (CidFontEmbedder Font, int Number)>();
        var fontNumber = 0;
        foreach (var (face, subset) in subsets.OrderBy(s => s.Key.Key, StringComparer.Ordinal))
            fonts[face] = (new CidFontEmbedder(face, subset, "F" + (++fontNumber).ToString(CultureInfo.InvariantCulture)), writer.Reserve());
        var resources = writer.Reserve();

        var nodes = new Dictionary<StructNode, int>();
        foreach (var node in layout.Structure.DescendantsAndSelf())
            nodes[node] = writer.Reserve();

        // Pages and their content; each marked-content sequence remembered for the structure tree.
        var marks = new Dictionary<StructNode, List<(int Page, int Mcid)>>();
        var parentTree = new List<List<StructNode>>();
        var pageNumbers = new List<int>();
        var destinations = new Dictionary<string, (int Page, double X, double Y)>(StringComparer.Ordinal);
        foreach (var page in layout.Pages)
        {
            var pageObject = writer.Reserve();
            var content = writer.Reserve();
            var index = pageNumbers.Count;
            pageNumbers.Add(pageObject);
            var owners = new List<StructNode>();
            parentTree.Add(owners);
            var stream = ContentStream.Build(page, geometry, fonts.ToDictionary(f => f.Key, f => f.Value.Font), owners);
            for (var mcid = 0; mcid < owners.Count; mcid++)
            {
                if (!marks.TryGetValue(owners[mcid], out var list))
                    marks[owners[mcid]] = list = [];
                list.Add((pageObject, mcid));
            }
            foreach (var destination in page.Ops.OfType<DestinationOp>())
                destinations.TryAdd(destination.Name, (pageObject, destination.X, geometry.PageHeight - destination.Y));
            writer.Stream(content, "", stream);
            writer.Object(pageObject, string.Create(CultureInfo.InvariantCulture,
                $"<< /Type /Page /Parent {pagesRoot} 0 R /MediaBox [0 0 {PdfNumber.Format(geometry.PageWidth)} {PdfNumber.Format(geometry.PageHeight)}] /Resources {resources} 0 R /Contents {content} 0 R /StructParents {index} /Tabs /S >>"));
        }
        writer.Object(pagesRoot, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Pages /Kids [{string.Join(" ", pageNumbers.Select(p => $"{p} 0 R"))}] /Count {pageNumbers.Count} >>"));

        // Fonts after the pages: their /W and ToUnicode hold exactly the glyphs the pages drew.
        foreach (var (font, number) in fonts.Values)
            font.Write(writer, number);
        writer.Object(resources, "<< /Font << " + string.Join(" ", fonts.Values.Select(f => $"/{f.Font.ResourceName} {f.Number} 0 R")) + " >> >>");

        WriteStructure(writer, structRoot, layout.Structure, nodes, marks, parentTree);
        var outline = WriteOutline(writer, layout.Outline, destinations);

        var metadataStream = writer.Reserve();
        writer.Stream(metadataStream, "/Type /Metadata /Subtype /XML", Encoding.UTF8.GetBytes(Xmp(metadata)), compress: false);
        writer.Object(info, InfoDictionary(metadata));

        var root = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<< /Type /Catalog /Pages {pagesRoot} 0 R"));
        if (outline is { } outlines)
            root.Append(CultureInfo.InvariantCulture, $" /Outlines {outlines} 0 R /PageMode /UseOutlines");
        root.Append(CultureInfo.InvariantCulture,
            $" /Lang (zh-CN) /ViewerPreferences << /DisplayDocTitle true >> /MarkInfo << /Marked true >> /StructTreeRoot {structRoot} 0 R /Metadata {metadataStream} 0 R >>");
        writer.Object(catalog, root.ToString());
        return writer.Finish(catalog, info);
    }

    private static void WriteStructure(PdfObjectWriter writer, int structRoot, StructNode document, Dictionary<StructNode, int> nodes,
        Dictionary<StructNode, List<(int Page, int Mcid)>> marks, List<List<StructNode>> parentTree)
    {
        var parents = new Dictionary<StructNode, int> { [document] = structRoot };
        foreach (var node in document.DescendantsAndSelf())
        {
            foreach (var child in node.Children)
                parents[child] = nodes[node];
        }
        foreach (var node in document.DescendantsAndSelf())
        {
            var element = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"<< /Type /StructElem /S /{node.Role} /P {parents[node]} 0 R"));
            var own = marks.GetValueOrDefault(node) ?? [];
            if (own.Count > 0)
                element.Append(CultureInfo.InvariantCulture, $" /Pg {own[0].Page} 0 R");
            if (node.Id is not null)
                element.Append(" /ID (").Append(node.Id).Append(')');
            var attributes = Attributes(node);
            if (attributes.Length > 0)
                element.Append(" /A << /O /Table").Append(attributes).Append(" >>");
            element.Append(" /K [");
            var kids = own.Select(m => m.Page == own[0].Page
                    ? m.Mcid.ToString(CultureInfo.InvariantCulture)
                    : string.Create(CultureInfo.InvariantCulture, $"<< /Type /MCR /Pg {m.Page} 0 R /MCID {m.Mcid} >>"))
                .Concat(node.Children.Select(c => $"{nodes[c]} 0 R"));
            element.Append(string.Join(" ", kids)).Append("] >>");
            writer.Object(nodes[node], element.ToString());
        }
        var nums = new StringBuilder();
        for (var page = 0; page < parentTree.Count; page++)
            nums.Append(CultureInfo.InvariantCulture, $"{(page > 0 ? " " : "")}{page} [{string.Join(" ", parentTree[page].Select(o => $"{nodes[o]} 0 R"))}]");
        writer.Object(structRoot, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /StructTreeRoot /K [{nodes[document]} 0 R] /ParentTree << /Nums [{nums}] >> /ParentTreeNextKey {parentTree.Count} >>"));
    }

    private static string Attributes(StructNode node)
    {
        var a = new StringBuilder();
        if (node.Scope is not null)
            a.Append(" /Scope /").Append(node.Scope);
        if (node.RowSpan > 1)
            a.Append(CultureInfo.InvariantCulture, $" /RowSpan {node.RowSpan}");
        if (node.ColSpan > 1)
            a.Append(CultureInfo.InvariantCulture, $" /ColSpan {node.ColSpan}");
        if (node.Headers.Count > 0)
            a.Append(" /Headers [").Append(string.Join(" ", node.Headers.Select(h => $"({h})"))).Append(']');
        return a.ToString();
    }

    private static int? WriteOutline(PdfObjectWriter writer, IReadOnlyList<OutlineEntry> entries, Dictionary<string, (int Page, double X, double Y)> destinations)
    {
        var roots = OutlineTree.Build(entries);
        if (roots.Count == 0)
            return null;
        var outlines = writer.Reserve();
        var numbers = new Dictionary<OutlineNode, int>();
        foreach (var node in Flatten(roots))
            numbers[node] = writer.Reserve();
        writer.Object(outlines, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /Outlines /First {numbers[roots[0]]} 0 R /Last {numbers[roots[^1]]} 0 R /Count {roots.Count + roots.Sum(n => n.Descendants)} >>"));
        WriteItems(writer, roots, outlines, numbers, destinations);
        return outlines;
    }

    private static void WriteItems(PdfObjectWriter writer, IReadOnlyList<OutlineNode> siblings, int parent, Dictionary<OutlineNode, int> numbers,
        Dictionary<string, (int Page, double X, double Y)> destinations)
    {
        for (var i = 0; i < siblings.Count; i++)
        {
            var node = siblings[i];
            var item = new StringBuilder("<< /Title ").Append(PdfStrings.Text(node.Entry.Title))
                .Append(CultureInfo.InvariantCulture, $" /Parent {parent} 0 R");
            if (i > 0)
                item.Append(CultureInfo.InvariantCulture, $" /Prev {numbers[siblings[i - 1]]} 0 R");
            if (i + 1 < siblings.Count)
                item.Append(CultureInfo.InvariantCulture, $" /Next {numbers[siblings[i + 1]]} 0 R");
            if (node.Children.Count > 0)
                item.Append(CultureInfo.InvariantCulture, $" /First {numbers[node.Children[0]]} 0 R /Last {numbers[node.Children[^1]]} 0 R /Count {node.Descendants}");
            if (destinations.TryGetValue(node.Entry.Destination, out var d))
                item.Append(CultureInfo.InvariantCulture, $" /Dest [{d.Page} 0 R /XYZ {PdfNumber.Format(d.X)} {PdfNumber.Format(d.Y)} 0]");
            writer.Object(numbers[node], item.Append(" >>").ToString());
            WriteItems(writer, node.Children, numbers[node], numbers, destinations);
        }
    }

    private static IEnumerable<OutlineNode> Flatten(IEnumerable<OutlineNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    private static string InfoDictionary(DocumentMetadata metadata)
    {
        var info = new StringBuilder("<<");
        if (!string.IsNullOrWhiteSpace(metadata.Title))
            info.Append(" /Title ").Append(PdfStrings.Text(metadata.Title));
        if (!string.IsNullOrWhiteSpace(metadata.Author))
            info.Append(" /Author ").Append(PdfStrings.Text(metadata.Author));
        info.Append(" /Creator ").Append(PdfStrings.Text(PdfFinisher.Creator));
        info.Append(" /Producer ").Append(PdfStrings.Text(Producer));
        if (metadata.PublishedOn is { } date)
            info.Append(" /CreationDate ").Append(PdfStrings.Date(date));
        return info.Append(" >>").ToString();
    }

    /// <summary>XMP (ISO 16684-1) with the title, author, language and the PDF/UA identification (ISO 14289-1 §5).</summary>
    private static string Xmp(DocumentMetadata metadata)
    {
        static string X(string? s) => SecurityElement.Escape(s ?? "") ?? "";
        var xmp = new StringBuilder("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
            .Append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
            .Append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
            .Append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n")
            .Append("<pdfuaid:part>1</pdfuaid:part>\n")
            .Append("<dc:format>application/pdf</dc:format>\n")
            .Append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").Append(X(metadata.Title)).Append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!string.IsNullOrWhiteSpace(metadata.Author))
            xmp.Append("<dc:creator><rdf:Seq><rdf:li>").Append(X(metadata.Author)).Append("</rdf:li></rdf:Seq></dc:creator>\n");
        xmp.Append("<dc:language><rdf:Bag><rdf:li>zh-CN</rdf:li></rdf:Bag></dc:language>\n")
            .Append("<xmp:CreatorTool>").Append(PdfFinisher.Creator).Append("</xmp:CreatorTool>\n");
        if (metadata.PublishedOn is { } date)
            xmp.Append(CultureInfo.InvariantCulture, $"<xmp:CreateDate>{date:yyyy-MM-dd}T00:00:00+08:00</xmp:CreateDate>\n");
        xmp.Append("<pdf:Producer>").Append(Producer).Append("</pdf:Producer>\n")
            .Append("</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
        return xmp.ToString();
    }
}
