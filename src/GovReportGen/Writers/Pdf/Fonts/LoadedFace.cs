using System.Collections.Concurrent;
using HarfBuzzSharp;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// One face of a font file, opened once per process and shared read-only by every document and thread
/// (HarfBuzz faces and fonts are immutable once made): the file is mapped, never copied per report.
/// </summary>
internal sealed class LoadedFace
{
    private static readonly ConcurrentDictionary<(string Path, int Index), Lazy<LoadedFace>> Cache = new();

    private readonly Blob _blob;
    private readonly Face _face;
    private IntPtr _prepared;
    private int _preparing;

    private LoadedFace(FaceDescription description)
    {
        Description = description;
        _blob = Blob.FromFile(description.Path);
        _blob.MakeImmutable();
        _face = new Face(_blob, description.Index);
        _face.MakeImmutable();
        UnitsPerEm = _face.UnitsPerEm;
        Font = new Font(_face);
        Font.SetScale(UnitsPerEm, UnitsPerEm);
        Font.SetFunctionsOpenType();
    }

    public FaceDescription Description { get; }

    /// <summary>The HarfBuzz font at a scale of one unit per font unit; positions scale by size / <see cref="UnitsPerEm"/>.</summary>
    public Font Font { get; }

    public int UnitsPerEm { get; }

    /// <summary><c>file.ttc#0</c>: how messages and tests name the face.</summary>
    public string Key => Description.ToString();

    /// <summary>Serialises subset calls on this face; each takes about a millisecond.</summary>
    internal object SubsetLock { get; } = new();

    /// <summary>
    /// The face subsets are made from, prepared once per run with <c>hb_subset_preprocess</c>. Measured on the
    /// free TrueType chain (bench stages): a document's three subsets fall from ≈ 11 ms to ≈ 4 ms, identical
    /// bytes. But preparing UMing's 21 MB face takes ≈ 0.4 s, most of a cold one-report run's PDF time
    /// (`render --agency X --formats pdf`: 1.63 s prepared first, 1.20 s not). So the first subsets use the plain
    /// face; the second document's subset starts a pool thread preparing it, and later documents of a batch get the
    /// prepared one. Same bytes either way.
    /// </summary>
    internal IntPtr SubsetSource
    {
        get
        {
            var prepared = Volatile.Read(ref _prepared);
            if (prepared != IntPtr.Zero)
                return prepared;
            // Not for a run's first document: a one-report run would spend the 0.4 s on a second core that its
            // DOCX and PDF writers need (MAINTAINING.md, “Runtime”).
            if (Interlocked.Increment(ref _uses) >= 2)
                StartPreparing();
            return _face.Handle;
        }
    }

    private int _uses;

    private void StartPreparing()
    {
        if (Interlocked.Exchange(ref _preparing, 1) == 0)
            ThreadPool.UnsafeQueueUserWorkItem(_ => Volatile.Write(ref _prepared, Preprocess()), null);
    }

    public static LoadedFace Get(FaceDescription description) =>
        Cache.GetOrAdd((description.Path, description.Index), _ => new Lazy<LoadedFace>(() => new LoadedFace(description))).Value;

    /// <summary>True if the face's cmap maps the code point to a real glyph (not <c>.notdef</c>).</summary>
    public bool Has(int codePoint) => Font.TryGetNominalGlyph((uint)codePoint, out var glyph) && glyph != 0;

    /// <summary>The glyph's ink box in font units (y up), or null for an empty glyph.</summary>
    public GlyphExtents? Extents(uint glyph) => Font.TryGetGlyphExtents(glyph, out var extents) ? extents : null;

    /// <summary>The prepared face, waiting for it if need be (tests compare its subsets with the plain face's).</summary>
    internal IntPtr PreparedSource
    {
        get
        {
            StartPreparing();
            SpinWait.SpinUntil(() => Volatile.Read(ref _prepared) != IntPtr.Zero);
            return _prepared;
        }
    }

    /// <summary>The face as loaded, before preparation.</summary>
    internal IntPtr PlainSource => _face.Handle;

    private IntPtr Preprocess()
    {
        var prepared = HarfBuzzSubsetNative.hb_subset_preprocess(_face.Handle);
        // Never freed: the face lives as long as the process, like the cache that holds it.
        return prepared != IntPtr.Zero ? prepared : _face.Handle;
    }
}
