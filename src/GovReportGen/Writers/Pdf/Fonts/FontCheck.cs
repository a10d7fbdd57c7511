using GovReportGen.Theme;
using System.Collections.Immutable;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>One role's outcome: its chain and the family and face it resolves to on this machine (null: none installed).</summary>
public sealed record RoleCheck(FontRole Role, ImmutableArray<string> Chain, string? Family, FaceDescription? Face)
{
    public bool Found => Face is not null;
}

/// <summary>Every role checked against a fresh scan of the font folders.</summary>
public sealed record FontCheckResult(FontTheme Theme, FontCatalog Catalog, IReadOnlyList<RoleCheck> Roles)
{
    public IReadOnlyList<RoleCheck> Missing => Roles.Where(r => !r.Found).ToList();

    public string InstallCommand => DocumentFonts.InstallCommand(Theme);

    public string MissingMessage(RoleCheck role) => DocumentFonts.MissingRoleMessage(Theme, Catalog, role.Role);
}

/// <summary>
/// Whether every font role has an installed family (the check behind <c>govreport fonts</c> and the Cake
/// Fonts task). Coverage of individual characters is checked per document when a PDF is written.
/// </summary>
public static class FontCheck
{
    public static FontCheckResult Run(FontTheme theme, IReadOnlyList<string>? systemFolders = null)
    {
        var catalog = FontCatalog.Scan([theme.FontsDirectory, .. systemFolders ?? FontCatalog.SystemFolders()]);
        var roles = FontRoles.All.Select(role =>
        {
            var found = DocumentFonts.InstalledFamilies(theme, catalog, role);
            return found.Count == 0
                ? new RoleCheck(role, theme.Chain(role), null, null)
                : new RoleCheck(role, theme.Chain(role), found[0].Family, found[0].Face);
        }).ToList();
        return new FontCheckResult(theme, catalog, roles);
    }
}
