namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// One line of a segment: clusters [<see cref="Start"/>, <see cref="End"/>), trailing spaces included (they
/// are not drawn), <see cref="Compression"/> points taken from its punctuation (缩排), and whether it is the
/// segment's last line (not justified).
/// </summary>
internal readonly record struct LineSpan(int Start, int End, double Compression, bool IsLast);

/// <summary>
/// Stage 3 (line break): greedy filling up to the last allowed break that fits (docs/typesetting.md §3). When the
/// break at the fill point is forbidden (the next line would start with a closing mark, or this one end with
/// an opening mark), first try to pull the rest of the unbreakable piece onto this line by compressing its
/// full-width punctuation by up to half an em each (缩排); otherwise carry the piece down to the next line
/// (伸排) and let justification spread the line. No hanging punctuation. A piece longer than a whole line
/// breaks after <c>/ . @ - _</c>, or anywhere as a last resort.
/// </summary>
internal static class LineBreaker
{
    private const double Epsilon = 0.001;

    public static IReadOnlyList<LineSpan> Break(IReadOnlyList<Cluster> clusters, double firstWidth, double width)
    {
        var lines = new List<LineSpan>();
        var start = 0;
        var available = firstWidth;
        while (start < clusters.Count)
        {
            var line = Next(clusters, start, available);
            lines.Add(line);
            start = line.End;
            available = width;
        }
        return lines;
    }

    /// <summary>
    /// Lines as even as possible (for titles, which are centred): the narrowest width that still gives the
    /// greedy line count, so a two-line title splits near the middle instead of leaving a short last line.
    /// </summary>
    public static IReadOnlyList<LineSpan> BreakBalanced(IReadOnlyList<Cluster> clusters, double width)
    {
        var greedy = Break(clusters, width, width);
        if (greedy.Count <= 1)
            return greedy;
        double low = NaturalWidth(clusters, 0, clusters.Count) / greedy.Count, high = width;
        var best = greedy;
        for (var i = 0; i < 30 && high - low > 0.05; i++)
        {
            var mid = (low + high) / 2;
            var candidate = Break(clusters, mid, mid);
            if (candidate.Count <= greedy.Count && candidate.All(l => NaturalWidth(clusters, l.Start, l.End) - l.Compression <= mid + Epsilon))
            {
                best = candidate;
                high = mid;
            }
            else
            {
                low = mid;
            }
        }
        return best;
    }

    /// <summary>The width of clusters [start, end) without trailing spaces.</summary>
    public static double NaturalWidth(IReadOnlyList<Cluster> clusters, int start, int end)
    {
        while (end > start && clusters[end - 1].IsSpace)
            end--;
        double sum = 0;
        for (var i = start; i < end; i++)
            sum += clusters[i].Advance;
        return sum;
    }

    /// <summary>How many points the compressible punctuation of the line [start, end) can give up.</summary>
    public static double CompressionCapacity(IReadOnlyList<Cluster> clusters, int start, int end)
    {
        end = ContentEnd(clusters, start, end);
        double sum = 0;
        for (var i = start; i < end; i++)
            sum += CompressibleAmount(clusters, i, start, end);
        return sum;
    }

    /// <summary>What cluster <paramref name="index"/> of the line [start, end) may give up, in points.</summary>
    public static double CompressibleAmount(IReadOnlyList<Cluster> clusters, int index, int start, int end)
    {
        end = ContentEnd(clusters, start, end);
        var cluster = clusters[index];
        return cluster.Text.Length <= 2
            ? Kinsoku.CompressibleEm(cluster.First, startsLine: index == start, endsLine: index == end - 1) * cluster.Size
            : 0;
    }

    /// <summary>The end of [start, end) without trailing spaces.</summary>
    public static int ContentEnd(IReadOnlyList<Cluster> clusters, int start, int end)
    {
        while (end > start && clusters[end - 1].IsSpace)
            end--;
        return end;
    }

    private static LineSpan Next(IReadOnlyList<Cluster> clusters, int start, double available)
    {
        var count = clusters.Count;
        var fitEnd = start;
        double sum = 0, withoutTrailingSpace = 0;
        for (var i = start; i < count; i++)
        {
            sum += clusters[i].Advance;
            if (!clusters[i].IsSpace)
                withoutTrailingSpace = sum;
            if (withoutTrailingSpace > available + Epsilon)
                break;
            fitEnd = i + 1;
        }
        if (fitEnd == count)
            return new LineSpan(start, count, 0, true);
        if (fitEnd == start)
            fitEnd = start + 1; // one cluster wider than the line: it goes on a line of its own

        if (CanBreakAt(clusters, fitEnd))
            return new LineSpan(start, fitEnd, 0, false);

        // 缩排: take the rest of the unbreakable piece onto this line if its punctuation can make room.
        var next = fitEnd + 1;
        while (next < count && !CanBreakAt(clusters, next))
            next++;
        var overflow = NaturalWidth(clusters, start, next) - available;
        if (overflow <= CompressionCapacity(clusters, start, next) + Epsilon)
            return new LineSpan(start, next, Math.Max(0, overflow), next == count);

        // 伸排: carry the piece down; the shorter line is justified.
        for (var p = fitEnd - 1; p > start; p--)
        {
            if (CanBreakAt(clusters, p))
                return new LineSpan(start, p, 0, false);
        }

        // A piece longer than a line (a URL): break after a separator, else where it overflows.
        for (var p = fitEnd; p > start; p--)
        {
            if (Kinsoku.EmergencyBreakAfter.Contains(clusters[p - 1].Text, StringComparison.Ordinal))
                return new LineSpan(start, p, 0, false);
        }
        return new LineSpan(start, fitEnd, 0, false);
    }

    private static bool CanBreakAt(IReadOnlyList<Cluster> clusters, int position) => BreakRules.CanBreakAt(clusters, position);

    /// <summary>
    /// Greedy lines, unless the last holds a single character (a table label's <c>不予公/开</c>): then the same
    /// number of lines, chosen to end with at least two characters and to be as even as possible (the sum of the
    /// squared slack of the lines but the last). Kept greedy when no such set of breaks exists.
    /// </summary>
    public static IReadOnlyList<LineSpan> BreakAvoidingLoneLast(IReadOnlyList<Cluster> clusters, double width)
    {
        var greedy = Break(clusters, width, width);
        if (greedy.Count < 2 || ContentEnd(clusters, greedy[^1].Start, greedy[^1].End) - greedy[^1].Start != 1)
            return greedy;

        var n = clusters.Count;
        var lines = greedy.Count;
        // cost[k, e]: the best cost of setting clusters [0, e) in k lines; from[k, e] the start of the k-th line.
        var cost = new double[lines + 1, n + 1];
        var from = new int[lines + 1, n + 1];
        for (var k = 0; k <= lines; k++)
            for (var e = 0; e <= n; e++)
                cost[k, e] = double.PositiveInfinity;
        cost[0, 0] = 0;
        for (var k = 1; k <= lines; k++)
        {
            for (var e = 1; e <= n; e++)
            {
                if (!CanBreakAt(clusters, e))
                    continue;
                var last = k == lines;
                if (last && e != n)
                    continue;
                for (var s = e - 1; s >= 0; s--)
                {
                    if (double.IsPositiveInfinity(cost[k - 1, s]) || (s > 0 && !CanBreakAt(clusters, s)))
                        continue;
                    var natural = NaturalWidth(clusters, s, e);
                    if (natural - CompressionCapacity(clusters, s, e) > width + Epsilon)
                        break; // longer lines from further back fit even less
                    if (last && ContentEnd(clusters, s, e) - s < 2)
                        continue;
                    var slack = last ? 0 : width - natural;
                    var total = cost[k - 1, s] + slack * slack;
                    if (total < cost[k, e])
                    {
                        cost[k, e] = total;
                        from[k, e] = s;
                    }
                }
            }
        }
        if (double.IsPositiveInfinity(cost[lines, n]))
            return greedy;

        var spans = new LineSpan[lines];
        for (int k = lines, e = n; k >= 1; k--)
        {
            var s = from[k, e];
            spans[k - 1] = new LineSpan(s, e, Math.Max(0, NaturalWidth(clusters, s, e) - width), k == lines);
            e = s;
        }
        return spans;
    }
}
