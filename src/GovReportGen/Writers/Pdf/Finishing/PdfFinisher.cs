using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportGen.Writers.Pdf.Finishing;

/// <summary>
/// The finishing step (docs/typesetting.md §5.2): SkiaSharp's API has no outline, no <c>/Lang</c> and writes dates
/// in the machine's time zone, so after Skia closes the document one incremental update is appended, leaving
/// Skia's bytes untouched: a new version of the catalog (outline, <c>/PageMode /UseOutlines</c>,
/// <c>/Lang (zh-CN)</c>, <c>/DisplayDocTitle</c>), a new Info dictionary from the report's data (never the
/// clock), the outline items (one per h2/h3, pointing at the named destinations drawn at the headings), an
/// xref section for them and a trailer with <c>/Prev</c>. Everything comes from data: output stays byte-identical.
/// </summary>
internal static partial class PdfFinisher
{
    public const string Creator = "GovReportGen";
    public const string Producer = "GovReportGen (SkiaSharp, HarfBuzz)";

    public static byte[] Finish(byte[] pdf, IReadOnlyList<OutlineEntry> outline, DocumentMetadata metadata)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var previousXref = LastStartXref(text);
        var trailer = TrailerBefore(text, previousXref);
        var size = RequiredInt(trailer, SizePattern(), "/Size");
        var root = RequiredInt(trailer, RootPattern(), "/Root");
        var info = InfoPattern().Match(trailer) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : size++;
        var catalog = ObjectDictionary(text, ObjectOffset(text, previousXref, root), root);

        var objects = new SortedDictionary<int, string>();
        var nodes = OutlineTree.Build(outline);
        var catalogEntries = new StringBuilder(catalog);
        if (nodes.Count > 0)
        {
            var outlinesNumber = size++;
            var numbers = new Dictionary<OutlineNode, int>();
            foreach (var node in Flatten(nodes))
                numbers[node] = size++;
            objects[outlinesNumber] = $"<< /Type /Outlines /First {numbers[nodes[0]]} 0 R /Last {numbers[nodes[^1]]} 0 R /Count {nodes.Count + nodes.Sum(n => n.Descendants)} >>";
            AddItems(objects, nodes, outlinesNumber, numbers);
            AppendEntry(catalogEntries, "/Outlines", $"{outlinesNumber} 0 R");
            AppendEntry(catalogEntries, "/PageMode", "/UseOutlines");
        }
        AppendEntry(catalogEntries, "/Lang", "(zh-CN)");
        AppendEntry(catalogEntries, "/ViewerPreferences", "<< /DisplayDocTitle true >>");
        objects[root] = $"<<{catalogEntries} >>";
        objects[info] = InfoDictionary(metadata);

        return Append(pdf, objects, size, root, info, previousXref);
    }

    private static string InfoDictionary(DocumentMetadata metadata)
    {
        var info = new StringBuilder("<<");
        if (!string.IsNullOrWhiteSpace(metadata.Title))
            info.Append(" /Title ").Append(PdfStrings.Text(metadata.Title));
        if (!string.IsNullOrWhiteSpace(metadata.Author))
            info.Append(" /Author ").Append(PdfStrings.Text(metadata.Author));
        info.Append(" /Creator ").Append(PdfStrings.Text(Creator));
        info.Append(" /Producer ").Append(PdfStrings.Text(Producer));
        if (metadata.PublishedOn is { } date)
            info.Append(" /CreationDate ").Append(PdfStrings.Date(date));
        return info.Append(" >>").ToString();
    }

    private static void AddItems(SortedDictionary<int, string> objects, IReadOnlyList<OutlineNode> siblings, int parent, Dictionary<OutlineNode, int> numbers)
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
            item.Append(" /Dest ").Append(PdfStrings.Name(node.Entry.Destination)).Append(" >>");
            objects[numbers[node]] = item.ToString();
            AddItems(objects, node.Children, numbers[node], numbers);
        }
    }

    private static IEnumerable<OutlineNode> Flatten(IEnumerable<OutlineNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    private static byte[] Append(byte[] pdf, SortedDictionary<int, string> objects, int size, int root, int info, long previousXref)
    {
        using var output = new MemoryStream();
        output.Write(pdf);
        if (pdf.Length > 0 && pdf[^1] != '\n')
            output.WriteByte((byte)'\n');
        var offsets = new SortedDictionary<int, long>();
        foreach (var (number, body) in objects)
        {
            offsets[number] = output.Position;
            Write(output, $"{number} 0 obj\n{body}\nendobj\n");
        }
        var xref = output.Position;
        var table = new StringBuilder("xref\n");
        foreach (var run in ConsecutiveRuns(offsets.Keys.ToList()))
        {
            table.Append(CultureInfo.InvariantCulture, $"{run[0]} {run.Count}\n");
            foreach (var number in run)
                table.Append(CultureInfo.InvariantCulture, $"{offsets[number]:D10} 00000 n \n");
        }
        table.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {size} /Root {root} 0 R /Info {info} 0 R /Prev {previousXref} >>\nstartxref\n{xref}\n%%EOF\n");
        Write(output, table.ToString());
        return output.ToArray();
    }

    private static IEnumerable<List<int>> ConsecutiveRuns(List<int> numbers)
    {
        var run = new List<int>();
        foreach (var number in numbers)
        {
            if (run.Count > 0 && number != run[^1] + 1)
            {
                yield return run;
                run = [];
            }
            run.Add(number);
        }
        if (run.Count > 0)
            yield return run;
    }

    private static void AppendEntry(StringBuilder dictionary, string key, string value)
    {
        if (!Regex.IsMatch(dictionary.ToString(), Regex.Escape(key) + @"(?![A-Za-z0-9])"))
            dictionary.Append(' ').Append(key).Append(' ').Append(value);
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));

    private static long LastStartXref(string text)
    {
        var at = text.LastIndexOf("startxref", StringComparison.Ordinal);
        var match = at < 0 ? Match.Empty : IntegerPattern().Match(text, at + "startxref".Length);
        return match.Success ? long.Parse(match.Value, CultureInfo.InvariantCulture) : throw Malformed("no startxref");
    }

    private static string TrailerBefore(string text, long xref)
    {
        var start = text.IndexOf("trailer", (int)xref, StringComparison.Ordinal);
        var end = start < 0 ? -1 : text.IndexOf("startxref", start, StringComparison.Ordinal);
        return start >= 0 && end > start ? text[start..end] : throw Malformed("no trailer after the last xref");
    }

    /// <summary>The byte offset of object <paramref name="number"/> from the classic xref table Skia writes.</summary>
    private static long ObjectOffset(string text, long xref, int number)
    {
        if (string.CompareOrdinal(text, (int)xref, "xref", 0, 4) != 0)
            throw Malformed("the last xref is not a classic table");
        var position = (int)xref + 4;
        while (true)
        {
            var header = SubsectionPattern().Match(text, position);
            if (!header.Success || header.Index != SkipWhitespace(text, position))
                throw Malformed($"object {number} is not in the xref table");
            var first = int.Parse(header.Groups[1].Value, CultureInfo.InvariantCulture);
            var count = int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
            var entries = header.Index + header.Length;
            if (number >= first && number < first + count)
                return long.Parse(text.AsSpan(entries + (number - first) * 20, 10), CultureInfo.InvariantCulture);
            position = entries + count * 20;
        }
    }

    private static int SkipWhitespace(string text, int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
            position++;
        return position;
    }

    /// <summary>The entries of an uncompressed object's dictionary, without the outer <c>&lt;&lt; &gt;&gt;</c>.</summary>
    private static string ObjectDictionary(string text, long offset, int number)
    {
        var header = $"{number} 0 obj";
        if (string.CompareOrdinal(text, (int)offset, header, 0, header.Length) != 0)
            throw Malformed($"object {number} is not at its xref offset");
        var end = text.IndexOf("endobj", (int)offset, StringComparison.Ordinal);
        var body = text[((int)offset + header.Length)..end].Trim();
        if (!body.StartsWith("<<", StringComparison.Ordinal) || !body.EndsWith(">>", StringComparison.Ordinal) || body.Contains("stream", StringComparison.Ordinal))
            throw Malformed($"object {number} is not a plain dictionary");
        return body[2..^2];
    }

    private static int RequiredInt(string trailer, Regex pattern, string key)
    {
        var match = pattern.Match(trailer);
        return match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : throw Malformed($"the trailer has no {key}");
    }

    private static InvalidOperationException Malformed(string what) =>
        new($"Unexpected PDF from SkiaSharp, cannot append the outline and properties: {what}.");

    [GeneratedRegex(@"\d+")]
    private static partial Regex IntegerPattern();

    [GeneratedRegex(@"/Size\s+(\d+)")]
    private static partial Regex SizePattern();

    [GeneratedRegex(@"/Root\s+(\d+)\s+0\s+R")]
    private static partial Regex RootPattern();

    [GeneratedRegex(@"/Info\s+(\d+)\s+0\s+R")]
    private static partial Regex InfoPattern();

    [GeneratedRegex(@"(\d+)\s+(\d+)\s*\r?\n")]
    private static partial Regex SubsectionPattern();
}
