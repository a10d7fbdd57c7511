using GovReportGen.Data.Schema;

namespace GovReportGen.Data.Model;

public sealed record ContactInfo(string? Office, string? Address, string? Postcode, string? Phone, string? Email);

/// <summary>Who the agency is (agency.yaml, docs/formats.md §5.1).</summary>
public sealed record AgencyInfo(
    string Id,
    string? Name,
    string Kind,
    string? ShortName,
    string? Parent,
    string? Website,
    ContactInfo Contact,
    FieldSet Fields)
{
    public bool IsGovernment => Kind == "government";

    /// <summary>The id of the agency folder above this one (<c>parent_id</c>); null at the top of a chain.</summary>
    public string? ParentId { get; init; }

    /// <summary>This agency's own report includes its subordinate agencies' figures (<c>covers_children: true</c>, GRG7001).</summary>
    public bool CoversChildren { get; init; }

    public string File => Fields.File;

    internal static AgencyInfo From(FieldSet f) => new(
        f.Get<string>("id") ?? "",
        f.Get<string>("name"),
        f.Get<string>("kind") ?? "department",
        f.Get<string>("short_name"),
        f.Get<string>("parent"),
        f.Get<string>("website"),
        new ContactInfo(f.Get<string>("contact.office"), f.Get<string>("contact.address"), f.Get<string>("contact.postcode"),
            f.Get<string>("contact.phone"), f.Get<string>("contact.email")),
        f)
    {
        ParentId = f.Get<string>("parent_id"),
        CoversChildren = f.Get<bool>("covers_children"),
    };
}
