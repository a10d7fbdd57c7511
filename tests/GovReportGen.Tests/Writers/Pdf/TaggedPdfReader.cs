using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>A structure element read back from a PDF: its type, its own text (from its marked content), attributes and kids.</summary>
internal sealed record ReadElement(string Role, string Text, string? Id, string? Scope, int RowSpan, int ColSpan, IReadOnlyList<string> Headers, IReadOnlyList<ReadElement> Kids)
{
    public IEnumerable<ReadElement> DescendantsAndSelf() => Kids.SelectMany(k => k.DescendantsAndSelf()).Prepend(this);

    public override string ToString() => $"{Role} {Text}";
}

/// <summary>
/// Our own read-back of a tagged PDF with PdfPig's object layer, independent of the writer's code: walks the
/// StructTreeRoot, resolves each element's MCIDs (integer kids on its /Pg, or MCR dictionaries) to the marked
/// content of that page and takes the text PdfPig extracts through the fonts' ToUnicode maps.
/// </summary>
internal static class TaggedPdfReader
{
    public static ReadElement Read(byte[] bytes, out IReadOnlyDictionary<string, IToken> catalog, out int unclaimedMarks)
    {
        using var pdf = PdfDocument.Open(bytes);
        catalog = pdf.Structure.Catalog.CatalogDictionary.Data;
        var pages = new Dictionary<long, int>();
        var kids = Resolve<ArrayToken>(pdf, Resolve<DictionaryToken>(pdf, catalog["Pages"]).Data["Kids"]);
        for (var i = 0; i < kids.Length; i++)
            pages[((IndirectReferenceToken)kids[i]).Data.ObjectNumber] = i + 1;

        var marked = new Dictionary<(int Page, int Mcid), string>();
        for (var p = 1; p <= pdf.NumberOfPages; p++)
        {
            foreach (var element in pdf.GetPage(p).GetMarkedContents().Where(m => !m.IsArtifact))
                marked[(p, element.MarkedContentIdentifier)] = string.Concat(element.Letters.Select(l => l.Value));
        }
        var claimed = new HashSet<(int, int)>();
        var root = Resolve<DictionaryToken>(pdf, catalog["StructTreeRoot"]);
        var top = root.Data["K"] is ArrayToken array ? array.Data[0] : root.Data["K"];
        var document = Element(pdf, Resolve<DictionaryToken>(pdf, top), pages, marked, claimed);
        unclaimedMarks = marked.Keys.Count(k => !claimed.Contains(k));
        return document;
    }

    private static ReadElement Element(PdfDocument pdf, DictionaryToken dictionary, Dictionary<long, int> pages, Dictionary<(int, int), string> marked, HashSet<(int, int)> claimed)
    {
        var data = dictionary.Data;
        var role = ((NameToken)data["S"]).Data;
        int? page = data.TryGetValue("Pg", out var pg) ? pages[((IndirectReferenceToken)pg).Data.ObjectNumber] : null;
        var text = new StringBuilder();
        var kids = new List<ReadElement>();
        var items = data.TryGetValue("K", out var k) ? k is ArrayToken a ? a.Data : [k] : [];
        foreach (var item in items)
        {
            switch (item)
            {
                case NumericToken mcid:
                    Claim((page!.Value, mcid.Int));
                    break;
                case IndirectReferenceToken reference:
                    kids.Add(Element(pdf, Resolve<DictionaryToken>(pdf, reference), pages, marked, claimed));
                    break;
                case DictionaryToken mcr:
                    Claim((pages[((IndirectReferenceToken)mcr.Data["Pg"]).Data.ObjectNumber], ((NumericToken)mcr.Data["MCID"]).Int));
                    break;
            }
        }
        var attributes = data.TryGetValue("A", out var attr) ? Resolve<DictionaryToken>(pdf, attr).Data : new Dictionary<string, IToken>();
        return new ReadElement(role, text.ToString(),
            data.TryGetValue("ID", out var id) ? ((StringToken)id).Data : null,
            attributes.TryGetValue("Scope", out var scope) ? ((NameToken)scope).Data : null,
            attributes.TryGetValue("RowSpan", out var rs) ? ((NumericToken)rs).Int : 1,
            attributes.TryGetValue("ColSpan", out var cs) ? ((NumericToken)cs).Int : 1,
            attributes.TryGetValue("Headers", out var h) ? [.. ((ArrayToken)h).Data.Select(t => ((StringToken)t).Data)] : [],
            kids);

        void Claim((int, int) key)
        {
            Assert.True(claimed.Add(key), $"marked content {key} belongs to two structure elements");
            Assert.True(marked.TryGetValue(key, out var value), $"structure element {role} points at marked content {key} that is not on the page");
            text.Append(value);
        }
    }

    private static T Resolve<T>(PdfDocument pdf, IToken token) where T : IToken =>
        token is IndirectReferenceToken reference ? (T)pdf.Structure.GetObject(reference.Data).Data : (T)token;
}
