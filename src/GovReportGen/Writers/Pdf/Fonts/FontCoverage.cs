using System.Globalization;
using GovReportGen.Theme;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// Which characters the PDF can print per font role, with the same theme and catalog the PDF writer uses, so
/// <c>validate</c> can report a character no font has before a render fails on it.
/// </summary>
public sealed class FontCoverage
{
    private readonly FontTheme _theme;
    private readonly FontCatalog _catalog;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<FontRole, IReadOnlyList<LoadedFace>> _chains = new();

    private FontCoverage(FontTheme theme, FontCatalog catalog)
    {
        _theme = theme;
        _catalog = catalog;
    }

    /// <summary>The coverage of the PDF fonts of a run over <paramref name="templatesDirectory"/>; throws <see cref="PdfFontException"/> for a broken theme.</summary>
    public static FontCoverage ForTemplates(string templatesDirectory)
    {
        var options = PdfWriterOptions.For(ThemeSpec.ForTemplates(templatesDirectory));
        var theme = options.LoadTheme();
        return new FontCoverage(theme, options.LoadCatalog(theme));
    }

    /// <summary>True when some installed font of the role's chain draws the character, or the layout drops it (format and control characters, whitespace).</summary>
    public bool Covers(FontRole role, int codePoint)
    {
        if (NeverDrawn(codePoint)) return true;
        // Called per character of every report: no lock, the chain is resolved once per role.
        var chain = _chains.GetOrAdd(role, r => DocumentFonts.InstalledChain(_theme, _catalog, r));
        return chain.Any(face => face.Has(codePoint));
    }

    /// <summary>The role's chain as the theme names it, for messages.</summary>
    public string ChainOf(FontRole role) => string.Join("、", _theme.Chain(role));

    private static bool NeverDrawn(int codePoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.SpaceSeparator
            || codePoint is '\n' or '\r' or '\t';
    }
}
