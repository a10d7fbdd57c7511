using System.Globalization;
using System.Text.RegularExpressions;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Diagnostics;

namespace GovReportGen.Import;

/// <summary>The text of a report placed into the schema's fields, with the title's and the signature's facts.</summary>
internal sealed class NarrativeReading
{
    public string? AgencyName { get; set; }
    public int? Year { get; set; }
    public bool TitleNiandu { get; set; }
    public bool HasPreamble { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public decimal? ProcessingFeeYuan { get; set; }

    /// <summary>Narrative key path (<c>narrative.overview.intro</c>) → paragraphs, in schema order when written.</summary>
    public Dictionary<string, List<string>> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>gov-2019's free topics of section 一: heading and paragraphs.</summary>
    public List<(string Heading, List<string> Text)> Topics { get; } = new();

    public List<ImportFinding> Findings { get; } = new();
}

/// <summary>
/// Splits the running text by the official section headings (一、 to 六、, the format's <see cref="OfficialStructure"/>)
/// and the sub-headings the templates print from the schema's labels, into the narrative fields (docs/formats.md §2.4,
/// §3.4). Text it cannot place is kept in the section's first field and listed, never dropped.
/// </summary>
internal static partial class NarrativeSplitter
{
    public static NarrativeReading Split(SourceDocument source, IFormatDefinition format)
    {
        var reading = new NarrativeReading();
        var headings = format.Structure.SectionHeadings;
        var sections = new List<(int Index, List<SourceParagraph> Body)>();
        var front = new List<SourceParagraph>();
        foreach (var p in source.Paragraphs)
        {
            var section = SectionOf(p, headings, reading, source.Kind);
            if (section is { } s) sections.Add((s, new List<SourceParagraph>()));
            else if (sections.Count == 0) front.Add(p);
            else sections[^1].Body.Add(p);
        }
        ReadTitle(front, reading, source);
        if (sections.Count == 0)
        {
            reading.Findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, source.Kind, "没有找到“一、总体情况”等章节标题，正文未导入"));
            return reading;
        }
        if (sections.Count > 0 && sections[^1].Body.Count > 0) ReadSignature(sections[^1].Body, reading);

        var narrative = (MapSchema)format.Schema.Child("narrative")!;
        foreach (var (index, body) in sections)
        {
            switch (index)
            {
                case 0: Overview(body, (MapSchema)narrative.Child("overview")!, reading); break;
                case 4: Problems(body, (MapSchema)narrative.Child("problems")!, reading); break;
                case 5: OtherMatters(body, (MapSchema)narrative.Child("other_matters")!, reading); break;
                // 二、三、四 are tables; a line of text there (a note under a table) is not part of the data.
            }
        }
        return reading;
    }

    private static int? SectionOf(SourceParagraph p, IReadOnlyList<string> headings, NarrativeReading reading, string kind)
    {
        var text = Labels.Squeeze(p.Text);
        var m = SectionNumber().Match(text);
        if (!m.Success || text.Length > 40) return null;
        var index = "一二三四五六".IndexOf(m.Groups[1].Value[0]);
        if (index < 0 || index >= headings.Count) return null;
        var match = Labels.Compare(text, headings[index]);
        if (match == LabelMatch.None)
        {
            // Reworded headings are common (二、主动公开政府信息的情况); the number and the heading's shape decide.
            if (p.HeadingLevel is null && text.EndsWith('。')) return null;
            reading.Findings.Add(new ImportFinding(ImportRules.LooseLabel, Severity.Warning, p.Where, $"章节标题“{text}”按“{headings[index]}”读取"));
        }
        else if (match == LabelMatch.Loose)
            reading.Findings.Add(new ImportFinding(ImportRules.LooseLabel, Severity.Warning, p.Where, $"章节标题“{text}”按“{headings[index]}”宽松匹配"));
        return index;
    }

    private static void ReadTitle(List<SourceParagraph> front, NarrativeReading reading, SourceDocument source)
    {
        var accumulated = "";
        var used = 0;
        for (var i = 0; i < front.Count && i < 4; i++)
        {
            accumulated += Labels.Squeeze(front[i].Text);
            var m = Title().Match(accumulated);
            if (!m.Success) continue;
            reading.AgencyName = m.Groups["name"].Value.Length > 0 ? m.Groups["name"].Value : null;
            reading.Year = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
            reading.TitleNiandu = m.Groups["du"].Success;
            used = i + 1;
            break;
        }
        if (used == 0)
            reading.Findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, source.Kind, "没有找到“××年政府信息公开工作年度报告”标题，年度和机关名称未从原文读取"));
        reading.HasPreamble = front.Skip(used).Any(p => Labels.Squeeze(p.Text).Length > 20);
    }

    /// <summary>The 署名 and 成文日期 after section 六: a date line, and the agency's name above it.</summary>
    private static void ReadSignature(List<SourceParagraph> body, NarrativeReading reading)
    {
        // A report rendered without a date prints the date line blank (“　　　　年　　月　　日”, to be written in): no
        // date to read. A reader that ran it into the paragraph above (PDF) leaves it, and the name, at that one's end.
        var blank = BlankDateAtEnd().Match(body[^1].Text);
        if (blank.Success)
        {
            var before = body[^1].Text[..blank.Index];
            var signer = reading.AgencyName;
            if (signer is not null && Labels.Squeeze(before).EndsWith(signer, StringComparison.Ordinal) && Labels.Squeeze(before) != signer
                && before.TrimEnd().EndsWith(signer, StringComparison.Ordinal))
                before = before.TrimEnd()[..^signer.Length];
            if (Labels.Squeeze(before).Length == 0)
                body.RemoveAt(body.Count - 1);
            else
                body[^1] = body[^1] with { Text = before.TrimEnd() };
            if (body.Count == 0)
                return;
        }
        var last = Labels.Squeeze(body[^1].Text);
        var date = DateLine().Match(last);
        if (date.Success)
        {
            var (y, mo, d) = (int.Parse(date.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(date.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(date.Groups[3].Value, CultureInfo.InvariantCulture));
            if (mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)) reading.PublishedOn = new DateOnly(y, mo, d);
            body.RemoveAt(body.Count - 1);
        }
        if (body.Count > 0 && reading.AgencyName is { } name && Labels.Squeeze(body[^1].Text) == name) body.RemoveAt(body.Count - 1);
        else if (body.Count > 0 && date.Success && Labels.Squeeze(body[^1].Text) is { Length: <= 30 } signer && !signer.EndsWith('。'))
        {
            reading.AgencyName ??= signer;
            body.RemoveAt(body.Count - 1);
        }
    }

    private static bool IsSubHeading(SourceParagraph p, out string label)
    {
        label = Labels.Squeeze(p.Text);
        if (p.HeadingLevel is >= 3) return true;
        return SubNumber().IsMatch(label) && label.Length <= 40 && !label.EndsWith('。');
    }

    private static string Paragraph(SourceParagraph p) => TextTidy.JoinLines(p.Text.Split('\n'));

    /// <summary>Runs of paragraphs under each sub-heading; the text before the first has a null heading.</summary>
    private static List<(SourceParagraph? Heading, string Label, List<string> Text)> Blocks(List<SourceParagraph> body)
    {
        var blocks = new List<(SourceParagraph?, string, List<string>)> { (null, "", new List<string>()) };
        foreach (var p in body)
        {
            if (IsSubHeading(p, out var label)) blocks.Add((p, label, new List<string>()));
            else blocks[^1].Item3.Add(Paragraph(p));
        }
        return blocks;
    }

    private static void Put(NarrativeReading reading, string key, List<string> text)
    {
        if (text.Count == 0) return;
        if (reading.Fields.TryGetValue(key, out var existing)) existing.AddRange(text);
        else reading.Fields[key] = new List<string>(text);
    }

    private static ValueSchema? Labelled(MapSchema section, string heading) =>
        section.Children.OfType<ValueSchema>().Where(c => c.Kind == ValueKind.Narrative)
            .Select(c => (c, m: Labels.Compare(heading, c.Label))).Where(x => x.m != LabelMatch.None)
            .OrderByDescending(x => x.m).Select(x => x.c).FirstOrDefault();

    private static void Overview(List<SourceParagraph> body, MapSchema overview, NarrativeReading reading)
    {
        foreach (var (heading, label, text) in Blocks(body))
        {
            if (heading is null) { Put(reading, "narrative.overview.intro", text); continue; }
            if (Labelled(overview, label) is { } field && field.Key != "intro") Put(reading, $"narrative.overview.{field.Key}", text);
            else if (overview.Child("topics") is not null) reading.Topics.Add((SubNumber().Replace(label, ""), text));
            else
            {
                reading.Findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, heading.Where,
                    $"第一部分小标题“{label}”不是本格式的栏目，其内容并入“总体情况”"));
                Put(reading, "narrative.overview.intro", [label, .. text]);
            }
        }
    }

    private static void Problems(List<SourceParagraph> body, MapSchema problems, NarrativeReading reading)
    {
        foreach (var (heading, label, text) in Blocks(body))
        {
            string? key = heading is null ? null
                : label.Contains("整改") && problems.Child("last_year_rectification") is not null ? "last_year_rectification"
                : Labelled(problems, label)?.Key;
            if (key is null && heading is null && text.Count == 0) continue;
            if (key is null)
            {
                reading.Findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, heading?.Where ?? "第五部分",
                    heading is null ? "第五部分开头没有小标题的文字并入“存在的主要问题”" : $"第五部分小标题“{label}”不是本格式的栏目，其内容并入“存在的主要问题”"));
                Put(reading, "narrative.problems.current", heading is null ? text : [label, .. text]);
            }
            else Put(reading, $"narrative.problems.{key}", text);
        }
    }

    private static void OtherMatters(List<SourceParagraph> body, MapSchema other, NarrativeReading reading)
    {
        var hasFees = other.Child("processing_fees") is not null;
        if (!hasFees)
        {
            Put(reading, "narrative.other_matters.other", body.Select(Paragraph).ToList());
            return;
        }
        foreach (var (heading, label, text) in Blocks(body))
        {
            if (heading is null && text.Count == 0) continue;
            if (heading is not null && label.Contains("信息处理费"))
            {
                var first = text.Count > 0 ? Labels.Squeeze(text[0]) : "";
                var fee = Fee().Match(first);
                if (first.Contains("未收取")) reading.ProcessingFeeYuan = 0;
                else if (fee.Success && decimal.TryParse(fee.Groups[1].Value.Replace(",", ""), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan)) reading.ProcessingFeeYuan = yuan;
                else
                {
                    reading.Findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, heading.Where,
                        "“收取信息处理费情况”中没有读出金额（元），第六部分“信息处理费（元）”未导入"));
                    Put(reading, "narrative.other_matters.processing_fees.note", text);
                    continue;
                }
                Put(reading, "narrative.other_matters.processing_fees.note", text.Skip(1).ToList());
                continue;
            }
            var field = heading is null ? null : Labelled(other, label);
            if (field is null)
            {
                reading.Findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, heading?.Where ?? "第六部分",
                    heading is null ? "第六部分开头没有小标题的文字并入“其他需要报告的事项”" : $"第六部分小标题“{label}”不是本格式的栏目，其内容并入“其他需要报告的事项”"));
                Put(reading, "narrative.other_matters.other", heading is null ? text : [label, .. text]);
            }
            else Put(reading, $"narrative.other_matters.{field.Key}", text);
        }
    }

    [GeneratedRegex(@"^([一二三四五六])[、.．]")] private static partial Regex SectionNumber();
    [GeneratedRegex(@"^[（(][一二三四五六七八九十]+[）)]")] private static partial Regex SubNumber();
    [GeneratedRegex(@"^(?<name>.*?)(?<year>(?:19|20)\d{2})年(?<du>度)?政府信息公开工作年度报告$")] private static partial Regex Title();
    [GeneratedRegex(@"^(\d{4})年(\d{1,2})月(\d{1,2})日$")] private static partial Regex DateLine();
    [GeneratedRegex(@"[\s\u3000]*年[\s\u3000]+月[\s\u3000]+日[\s\u3000]*$")] private static partial Regex BlankDateAtEnd();
    [GeneratedRegex(@"([\d,]+(?:\.\d+)?)元")] private static partial Regex Fee();
}
