using System.Text;
using GovReportGen.Diagnostics;

namespace GovReportGen.Data.Yaml;

/// <summary>
/// Accepts only UTF-8 (a BOM is tolerated with a warning). Anything else is named as precisely as the
/// bytes allow — UTF-16 with its byte order, GB18030/GBK — so the diagnostic can give the iconv command that fixes it.
/// </summary>
internal static class YamlEncoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // GB18030 is not built into .NET; it is only needed to recognise a GBK file and name it.
    static YamlEncoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The file's text, or null when it is not UTF-8 (a GRG1002 error then says what it is instead).</summary>
    public static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var offset = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            diagnostics.Warning("GRG1003", SourceSpan.StartOf(displayPath), "文件以 UTF-8 BOM 开头，已忽略；建议保存为无 BOM 的 UTF-8");
            offset = 3;
        }
        if (bytes.Length - offset >= 2 && (IsUtf16Bom(bytes, offset) || LooksLikeUtf16WithoutBom(bytes, offset)))
        {
            // Without a BOM iconv cannot tell the byte order, so the command names it.
            var iconvName = IsUtf16Bom(bytes, offset) ? "UTF-16" : bytes[offset] == 0 ? "UTF-16BE" : "UTF-16LE";
            diagnostics.Error("GRG1002", SourceSpan.WholeOf(displayPath),
                $"文件为 UTF-16 编码，请另存为 UTF-8（无 BOM），例如：iconv -f {iconvName} -t UTF-8");
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var badIndex = offset + Math.Max(0, e.Index);
            var span = PositionOfByte(bytes, offset, badIndex, displayPath);
            var message = LooksLikeGb18030(bytes, offset)
                ? $"文件不是 UTF-8 编码（疑为 GB18030/GBK），请先转换：iconv -f GB18030 -t UTF-8 \"{Path.GetFileName(displayPath)}\" -o 转换后文件，或在编辑器中另存为 UTF-8"
                : "文件不是有效的 UTF-8 编码，请另存为 UTF-8（无 BOM）";
            diagnostics.Error("GRG1002", span, message);
            return null;
        }
    }

    private static bool IsUtf16Bom(byte[] b, int i) => (b[i] == 0xFF && b[i + 1] == 0xFE) || (b[i] == 0xFE && b[i + 1] == 0xFF);

    /// <summary>
    /// A data file starts with ASCII (a key, '#' or '-'), which UTF-16 pairs with a NUL byte. Without this
    /// check a BOM-less UTF-16 file is reported as "invalid UTF-8" at a column that counts NULs, or, when
    /// all its text is ASCII, even decodes "successfully" into NUL-riddled YAML.
    /// </summary>
    private static bool LooksLikeUtf16WithoutBom(byte[] b, int i) => (b[i] == 0) != (b[i + 1] == 0);

    /// <summary>Line and column of the first undecodable byte, counting the valid UTF-8 before it.</summary>
    private static SourceSpan PositionOfByte(byte[] bytes, int start, int index, string displayPath)
    {
        index = Math.Min(index, bytes.Length);
        int line = 1, column = 1;
        for (var i = start; i < index; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new SourceSpan(displayPath, line, column);
    }

    private static bool LooksLikeGb18030(byte[] bytes, int offset)
    {
        try
        {
            var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var text = gb.GetString(bytes, offset, bytes.Length - offset);
            var cjk = text.Count(c => c >= '\u4E00' && c <= '\u9FFF');
            return cjk > 0;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
