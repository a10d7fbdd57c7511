using GovReportGen.Documents;

namespace GovReportGen.Writers;

/// <summary>What a writer may print besides the body: document properties, all from data, never the clock.</summary>
public sealed record DocumentMetadata(string Title, string Author, DateOnly? PublishedOn, int Year);

/// <summary>One output format. Writers see only the Document and its metadata, never the YAML or the templates.</summary>
public interface IReportWriter
{
    /// <summary>The format's name on the command line and in the manifest: <c>html</c>, <c>docx</c>, <c>pdf</c>.</summary>
    string Format { get; }

    string Extension { get; }

    void Write(Document document, DocumentMetadata metadata, Stream output);

    /// <summary>
    /// What, besides the tool's own code and the Document, this writer's bytes depend on (the PDF writer's
    /// resolved font files, say); part of every report's incremental-build fingerprint.
    /// </summary>
    string Fingerprint => Format;
}
