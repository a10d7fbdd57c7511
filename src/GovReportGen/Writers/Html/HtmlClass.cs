using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

/// <summary>The markup's class names, written back unchanged so the stylesheet can address them.</summary>
internal static class HtmlClass
{
    public static void Write(HtmlOutput output, BlockClass blockClass)
    {
        if (blockClass != BlockClass.None)
            output.Attribute("class", blockClass.ToString().ToLowerInvariant());
    }
}
