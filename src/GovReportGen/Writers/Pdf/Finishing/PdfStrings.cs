using System.Globalization;
using System.Text;

namespace GovReportGen.Writers.Pdf.Finishing;

/// <summary>PDF syntax for the few values the finishing step writes.</summary>
internal static class PdfStrings
{
    /// <summary>A text string as UTF-16BE with a byte-order mark, in hex (<c>&lt;FEFF…&gt;</c>), safe for any text.</summary>
    public static string Text(string value)
    {
        var builder = new StringBuilder("<FEFF");
        foreach (var b in Encoding.BigEndianUnicode.GetBytes(value))
            builder.Append(b.ToString("X2", CultureInfo.InvariantCulture));
        return builder.Append('>').ToString();
    }

    /// <summary>A name object; characters outside the regular printable ASCII set are written as <c>#xx</c>.</summary>
    public static string Name(string value)
    {
        var builder = new StringBuilder("/");
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            if (b is > 0x20 and < 0x7F && "#()<>[]{}/%".IndexOf((char)b) < 0)
                builder.Append((char)b);
            else
                builder.Append('#').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    /// <summary>
    /// A date at midnight China Standard Time (<c>D:YYYYMMDD000000+08'00'</c>): the report's 成文日期 is a
    /// calendar date in China, written the same on any machine whatever its time zone.
    /// </summary>
    public static string Date(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"(D:{date:yyyyMMdd}000000+08'00')");
}
