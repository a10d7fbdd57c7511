using System.Globalization;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>One seed's table figures as transcribed in Seeds/seed-figures.txt.</summary>
public sealed record SeedFigures(string Seed, string Agency, int Year, string Format,
    IReadOnlyList<decimal> Table2, IReadOnlyList<IReadOnlyList<decimal>> Table3, IReadOnlyList<decimal> Table4)
{
    public static IReadOnlyList<SeedFigures> Load(string path)
    {
        var seeds = new List<SeedFigures>();
        string? seed = null, agency = null, format = null;
        var year = 0;
        List<decimal> t2 = new(), t4 = new();
        List<IReadOnlyList<decimal>> t3 = new();

        void Flush()
        {
            if (seed is not null) seeds.Add(new SeedFigures(seed, agency!, year, format!, t2, t3, t4));
            t2 = new(); t3 = new(); t4 = new();
        }

        foreach (var (raw, index) in File.ReadAllLines(path).Select((l, i) => (l, i + 1)))
        {
            var hash = raw.IndexOf('#');
            var words = (hash >= 0 ? raw[..hash] : raw).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0) continue;
            var figures = () => words.Skip(1).Select(w => decimal.Parse(w, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture)).ToList();
            switch (words[0])
            {
                case "seed":
                    Assert.True(words.Length == 5, $"{path}({index}): seed <NNN> <agency> <year> <format>");
                    Flush();
                    (seed, agency, year, format) = (words[1], words[2], int.Parse(words[3], CultureInfo.InvariantCulture), words[4]);
                    break;
                case "table2": t2.AddRange(figures()); break;
                case "table3": t3.Add(figures()); break;
                case "table4": t4.AddRange(figures()); break;
                default: Assert.Fail($"{path}({index}): unknown line “{raw}”"); break;
            }
        }
        Flush();
        return seeds;
    }
}
