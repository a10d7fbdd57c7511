namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// 禁则 (line-breaking prohibitions) for Chinese, as data (docs/typesetting.md §3): UAX #14 classes tailored for
/// Chinese as ICU's line_cj and Typst do, with “ ‘ treated as opening and ” ’ as closing marks (ICU-13441).
/// Change the lists here only; every rule has a test per character.
/// </summary>
internal static class Kinsoku
{
    /// <summary>May not start a line: closing and trailing marks (UAX #14 CL/CP/EX/IS/NS/PO), full- and half-width.</summary>
    public const string NotAtLineStart = "，。、；：？！）］｝〕】》〉」』〗”’…—％‰℃·～" + ",.;:?!)]}%";

    /// <summary>May not end a line: opening marks (OP) and currency prefixes (PR), full- and half-width.</summary>
    public const string NotAtLineEnd = "（［｛〔【《〈「『〖“‘" + "([{" + "¥$£￥";

    /// <summary>
    /// Full-width marks whose glyph fills half the em and may give up part of it when a line is set tight
    /// (缩排): closing marks give from their blank right half…
    /// </summary>
    public const string CompressibleRight = "，。、；：）］｝〕】》〉」』〗”’";

    /// <summary>…opening marks from their blank left half.</summary>
    public const string CompressibleLeft = "（［｛〔【《〈「『〖“‘";

    /// <summary>
    /// How much a mark may give at the edge of a line (a closing mark ending it, an opening mark starting it):
    /// half an em, as docs/typesetting.md §3 allows, since no neighbouring glyph is drawn over its blank half.
    /// </summary>
    public const double CompressibleEmAtEdge = 0.5;

    /// <summary>
    /// How much a mark inside a line may give [choice]: less than the 0.2 em overlap at which Poppler's text
    /// extraction (pdftotext) splits a line in two, counting the 0.21 pt the body grid already takes from every
    /// full-width character. Half an em here made `pdftotext` break lines after compressed commas.
    /// </summary>
    public const double CompressibleEmInside = 0.15;

    /// <summary>Where a run too long for any line (a URL, an e-mail address) may break, after the character.</summary>
    public const string EmergencyBreakAfter = "/.@-_";

    public static bool MayStartLine(int codePoint) => !Contains(NotAtLineStart, codePoint);

    public static bool MayEndLine(int codePoint) => !Contains(NotAtLineEnd, codePoint);

    /// <summary>
    /// How much of the em a mark may give up in a tight line (0 for characters that may not), given whether it
    /// starts or ends the line.
    /// </summary>
    public static double CompressibleEm(int codePoint, bool startsLine, bool endsLine)
    {
        if (Contains(CompressibleLeft, codePoint))
            return startsLine ? CompressibleEmAtEdge : CompressibleEmInside;
        if (Contains(CompressibleRight, codePoint))
            return endsLine ? CompressibleEmAtEdge : CompressibleEmInside;
        return 0;
    }

    public static bool CompressesFromLeft(int codePoint) => Contains(CompressibleLeft, codePoint);

    private static bool Contains(string list, int codePoint) =>
        codePoint <= char.MaxValue && list.Contains((char)codePoint, StringComparison.Ordinal);
}
