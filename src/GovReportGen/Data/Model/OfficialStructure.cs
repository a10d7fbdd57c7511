namespace GovReportGen.Data.Model;

/// <summary>
/// What every report of a format must print, whatever its templates and agency overrides say (docs/formats.md §1.3,
/// §2.1–§2.3, §3.1–§3.3): the section headings 一、…六、 in order, and the official tables cell by cell. Each format
/// builds its own from its schema, so the labels come from the one place the data binding also reads. The templating
/// layer compares every rendered Document with it (GRG4009); narrative text and intro sentences are not part of it.
/// </summary>
/// <param name="SectionHeadings">The level-2 headings, in order.</param>
/// <param name="Tables">The official tables in document order.</param>
public sealed record OfficialStructure(IReadOnlyList<string> SectionHeadings, IReadOnlyList<OfficialTable> Tables);

/// <summary>
/// One official table as its markup writes it: rows top to bottom, each row's cells left to right (cells covered by a
/// span from above are not repeated), like the <c>tr</c>s of the markup.
/// </summary>
/// <param name="Name">How messages call it: <c>表二</c>, <c>表三</c>, <c>表四</c>.</param>
/// <param name="Section">The index in <see cref="OfficialStructure.SectionHeadings"/> of the heading it sits under.</param>
/// <param name="HeaderRows">How many rows are the table head (<c>thead</c>), repeated after a page break.</param>
public sealed record OfficialTable(string Name, int Section, int HeaderRows, IReadOnlyList<IReadOnlyList<OfficialCell>> Rows);

/// <summary>
/// A cell of an official table: a label (<c>th</c>, with its official wording) or a figure (<c>td</c>, showing the
/// value at <see cref="Key"/>, a key path of the data files).
/// </summary>
/// <param name="Name">For a figure, the cell as messages name it (<c>表三“自然人”列…</c>); for a label, the label.</param>
public sealed record OfficialCell(string? Label, string? Key, int RowSpan, int ColSpan, string Name)
{
    public static OfficialCell Header(string label, int rowSpan = 1, int colSpan = 1) => new(label, null, rowSpan, colSpan, label);

    public static OfficialCell Figure(string key, string name, int colSpan = 1) => new(null, key, 1, colSpan, name);

    public bool IsFigure => Key is not null;
}
