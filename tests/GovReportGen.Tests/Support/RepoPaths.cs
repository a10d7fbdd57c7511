namespace GovReportGen.Tests.Support;

/// <summary>Tests read fixtures, sample data and templates in place, from the repository.</summary>
public static class RepoPaths
{
    public static readonly string Root = FindRoot();

    public static string Data => Path.Combine(Root, "data");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Fixtures => Path.Combine(Root, "tests", "GovReportGen.Tests", "Fixtures");
    public static string Seeds => Path.Combine(Root, "..", "shared", "seeds");

    private static string FindRoot() =>
        Above(AppContext.BaseDirectory) ?? Above(ThisSourceFile()) // builds may go to a folder outside the repository
        ?? throw new InvalidOperationException("GovReportGen.sln not found above " + AppContext.BaseDirectory);

    private static string? Above(string start)
    {
        var dir = new DirectoryInfo(start);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "GovReportGen.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }

    private static string ThisSourceFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path) ?? "";
}
