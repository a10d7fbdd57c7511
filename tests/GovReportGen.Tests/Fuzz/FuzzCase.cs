using System.Text;
using CsCheck;

namespace GovReportGen.Tests.Fuzz;

/// <summary>
/// One fuzz case: a sample agency, the edits made to its files and the templates, and how much of the pipeline to
/// run. Everything is numbers and enums, so CsCheck shrinks a failure to the fewest, plainest edits.
/// </summary>
public sealed record FuzzCase(int AgencyIndex, FuzzMutation[] Mutations, bool AllFormats, bool CheckDeterminism)
{
    /// <summary>The inputs after the edits, with what each edit did.</summary>
    public (FuzzTree Tree, IReadOnlyList<string> Notes) Build()
    {
        var tree = FuzzTree.FromSamples(AgencyIndex);
        var notes = Mutations.Select(m => $"{m}: {m.ApplyTo(tree)}").ToList();
        return (tree, notes);
    }

    /// <summary>The repro CsCheck prints beside the seed.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        var (tree, notes) = Build();
        text.Append($"agency {tree.AgencyId} ({AgencyIndex}), formats {(AllFormats ? "all" : "html")}{(CheckDeterminism ? ", run twice" : "")}");
        foreach (var note in notes) text.Append("\n  ").Append(note);
        return text.ToString();
    }

    public override string ToString() => Describe();
}

/// <summary>The CsCheck generators of <see cref="FuzzCase"/>.</summary>
public static class FuzzGen
{
    /// <param name="allFormatsEvery">About one case in this many renders HTML, DOCX and PDF; the rest HTML only.</param>
    /// <param name="determinismEvery">About one case in this many is rendered a second time and compared byte for byte.</param>
    public static Gen<FuzzCase> Case(int allFormatsEvery, int determinismEvery) =>
        Gen.Select(
            Gen.Int[0, FuzzTree.SampleCount - 1],
            Mutation.Array[1, 4],
            // The rare setting is the largest value, so shrinking moves a failure towards the cheap run when it can.
            Gen.Int[0, allFormatsEvery - 1],
            Gen.Int[0, determinismEvery - 1],
            (agency, mutations, formats, twice) => new FuzzCase(agency, mutations, formats == allFormatsEvery - 1, twice == determinismEvery - 1));

    private static Gen<FuzzMutation> Edits(Gen<int> target, params (int Weight, MutationKind Kind)[] kinds) =>
        Gen.Frequency(kinds.Select(k => (k.Weight, (IGen<FuzzMutation>)Gen.Select(target, Gen.Int[0, 100_000], Gen.Int[0, 1_000],
            (t, position, choice) => new FuzzMutation(k.Kind, t, position, choice)))).ToArray());

    private static readonly (int, MutationKind)[] YamlTextKinds =
    [
        (30, MutationKind.ReplaceScalar),
        (8, MutationKind.DeleteLine),
        (8, MutationKind.DuplicateLine),
        (5, MutationKind.SwapLines),
        (8, MutationKind.Reindent),
        (5, MutationKind.InsertLine),
        (12, MutationKind.InsertInline),
        (4, MutationKind.Truncate),
        (4, MutationKind.Reencode),
        (5, MutationKind.SpliceBytes),
        (2, MutationKind.RandomBytes),
        (1, MutationKind.AliasBomb),
        (1, MutationKind.EmptyFile),
    ];

    private static Gen<FuzzMutation> YearFileEdit { get; } = Edits(Gen.Const(FuzzMutation.YearTarget), YamlTextKinds);

    private static Gen<FuzzMutation> AgencyFileEdit { get; } =
        Edits(Gen.Const(FuzzMutation.AgencyTarget), [.. YamlTextKinds, (2, MutationKind.DeleteFile)]);

    private static Gen<FuzzMutation> FileLevelEdit { get; } = Edits(Gen.Const(FuzzMutation.YearTarget),
        (4, MutationKind.RenameYearFile),
        (4, MutationKind.AddPreviousYear),
        (1, MutationKind.FolderInPlace),
        (3, MutationKind.RenameAgencyFolder),
        (1, MutationKind.DeleteFile));

    private static Gen<int> AnyTemplate { get; } =
        Gen.Int[FuzzMutation.FirstTemplateTarget, FuzzMutation.FirstTemplateTarget + FuzzTree.TemplateNames.Count - 1];

    private static Gen<FuzzMutation> TemplateEdit { get; } = Edits(AnyTemplate,
        (20, MutationKind.ReplaceTag),
        (8, MutationKind.DeleteLine),
        (8, MutationKind.DuplicateLine),
        (4, MutationKind.SwapLines),
        (15, MutationKind.InsertLine),
        (6, MutationKind.InsertInline),
        (3, MutationKind.Truncate),
        (3, MutationKind.SpliceBytes),
        (2, MutationKind.RandomBytes),
        (2, MutationKind.Reencode),
        (1, MutationKind.EmptyFile),
        (1, MutationKind.DeleteFile),
        (1, MutationKind.FolderInPlace),
        (6, MutationKind.AgencyOverride));

    /// <summary>rowspan/colspan edits, only on the templates that have table cells spanning rows or columns.</summary>
    private static Gen<FuzzMutation> SpanEdit { get; } = Edits(
        Gen.OneOf(FuzzTree.TemplateNames
            .Select((name, i) => (name, i))
            .Where(t => File.ReadAllText(Path.Combine(Support.RepoPaths.Templates, t.name)).Contains("span="))
            .Select(t => FuzzMutation.FirstTemplateTarget + t.i).ToArray()),
        (1, MutationKind.ChangeSpan));

    // Last: static initializers run in order, and this one uses all the others.
    public static Gen<FuzzMutation> Mutation { get; } = Gen.Frequency(
        (40, (IGen<FuzzMutation>)YearFileEdit),
        (10, AgencyFileEdit),
        (8, FileLevelEdit),
        (35, TemplateEdit),
        (4, SpanEdit));
}
