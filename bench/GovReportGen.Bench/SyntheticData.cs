using System.Globalization;
using System.Text;

namespace GovReportGen.Bench;

/// <summary>
/// Writes N valid synthetic agencies (three in four gov-2021 2024 reports, one in four gov-2019 2020)
/// with figures that balance and narrative of realistic length (≈ 1,500 characters a report).
/// Seeded, so every run benchmarks the same data.
/// </summary>
public static class SyntheticData
{
    private static readonly string[] Sentences =
    {
        "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。",
        "依托政府门户网站和政务新媒体平台，及时发布机构职能、政策文件、规划计划、财政预决算等信息，方便公众查询。",
        "严格落实信息发布保密审查制度，坚持先审查、后公开，确保公开信息不涉密、涉密信息不公开。",
        "加强政策解读，采用图文、视频等多种形式解读重要政策文件，提升政策知晓度。",
        "进一步规范依申请公开办理流程，严格按照法定时限答复，确保答复内容准确、程序合法。",
        "组织开展政务公开业务培训，提升工作人员的业务能力和服务水平。",
    };

    public static void Write(string dataDir, int agencies, int seed = 20261123)
    {
        var random = new Random(seed);
        for (var i = 0; i < agencies; i++)
        {
            var id = $"bench-{i:D5}";
            var dir = Path.Combine(dataDir, "agencies", id);
            Directory.CreateDirectory(dir);
            File.WriteAllText(Path.Combine(dir, "agency.yaml"),
                $"id: {id}\nname: 某省某市第{i + 1}区科学技术局\nkind: department\nwebsite: http://www.example.gov.cn/\ncontact:\n  phone: \"0000-1234567\"\n");
            var gov2019 = i % 4 == 0;
            var year = gov2019 ? 2020 : 2024;
            File.WriteAllText(Path.Combine(dir, $"{year}.yaml"), YearFile(year, gov2019, random));
        }
    }

    private static string Row(int natural, int commercial = 0) =>
        $"{{natural_person: {natural}, commercial_enterprise: {commercial}, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0}}";

    private static string Paragraphs(Random random, int count, int year)
    {
        var sb = new StringBuilder();
        for (var p = 0; p < count; p++)
        {
            sb.Append("      - \"").Append(year.ToString(CultureInfo.InvariantCulture)).Append("年，");
            for (var s = 0; s < 3; s++) sb.Append(Sentences[random.Next(Sentences.Length)]);
            sb.Append("\"\n");
        }
        return sb.ToString();
    }

    private static string YearFile(int year, bool gov2019, Random random)
    {
        var requests = random.Next(0, 40);
        var commercial = random.Next(0, 5);
        var forward = random.Next(0, Math.Min(requests, 3) + 1);
        var zero = Row(0);
        var sb = new StringBuilder();
        sb.Append($"year: {year}\nformat: {(gov2019 ? "gov-2019" : "gov-2021")}\npublished_on: {year + 1}-01-20\n");
        if (gov2019)
        {
            sb.Append("table2:\n")
              .Append($"  government_rules: {{newly_made: 0, newly_published: 0, total_published: {random.Next(0, 9)}}}\n")
              .Append($"  normative_documents: {{newly_made: 1, newly_published: 1, total_published: {random.Next(1, 30)}}}\n")
              .Append($"  licensing: {{previous_year_items: {random.Next(0, 20)}, change: {random.Next(0, 4)}, decisions: {random.Next(0, 300)}}}\n")
              .Append("  other_services: {previous_year_items: 3, change: -1, decisions: 0}\n")
              .Append($"  penalties: {{previous_year_items: 2, change: 0, decisions: {random.Next(0, 50)}}}\n")
              .Append("  coercive_measures: {previous_year_items: 0, change: 0, decisions: 0}\n")
              .Append("  administrative_fees: {previous_year_items: 0, change: 0}\n")
              .Append($"  centralized_procurement: {{projects: {random.Next(0, 9)}, amount_wan_yuan: {random.Next(0, 900)}.5}}\n");
        }
        else
        {
            sb.Append("table2:\n")
              .Append($"  government_rules: {{issued: 0, repealed: 0, in_force: {random.Next(0, 9)}}}\n")
              .Append($"  normative_documents: {{issued: 1, repealed: 0, in_force: {random.Next(1, 30)}}}\n")
              .Append($"  licensing: {{decisions: {random.Next(0, 300)}}}\n")
              .Append($"  penalties: {{decisions: {random.Next(0, 50)}}}\n")
              .Append("  coercive_measures: {decisions: 0}\n")
              .Append($"  administrative_fees: {{amount_wan_yuan: {random.Next(0, 90)}.25}}\n");
        }
        sb.Append("table3:\n  rows:\n")
          .Append($"    new_requests: {Row(requests, commercial)}\n")
          .Append($"    carried_in: {zero}\n")
          .Append("    results:\n")
          .Append($"      disclosed: {Row(requests - forward, commercial)}\n")
          .Append($"      partially_disclosed: {zero}\n")
          .Append("      withheld:\n");
        foreach (var k in new[] { "state_secret", "prohibited_by_law", "three_safeties_one_stability", "third_party_rights", "internal_affairs", "process_information", "enforcement_case_files", "administrative_inquiry" })
            sb.Append($"        {k}: {zero}\n");
        sb.Append("      unavailable:\n");
        foreach (var k in new[] { "not_held", "needs_compilation", "unclear_after_amendment" }) sb.Append($"        {k}: {zero}\n");
        sb.Append("      not_processed:\n");
        foreach (var k in new[] { "petition_or_complaint", "duplicate", "publications", "excessive_repeated", "confirm_or_reissue" }) sb.Append($"        {k}: {zero}\n");
        if (gov2019) sb.Append($"      other_handling: {zero}\n");
        else
        {
            sb.Append("      other_handling:\n");
            foreach (var k in new[] { "no_amendment_overdue", "fee_not_paid", "other" }) sb.Append($"        {k}: {zero}\n");
        }
        sb.Append($"    carried_forward: {Row(forward)}\n");
        sb.Append("table4:\n");
        foreach (var g in new[] { "reconsideration", "litigation_direct", "litigation_after_reconsideration" })
            sb.Append($"  {g}: {{upheld: 0, corrected: 0, other: 0, pending: 0}}\n");
        sb.Append("narrative:\n  overview:\n    intro:\n").Append(Paragraphs(random, 1, year))
          .Append("    proactive:\n").Append(Paragraphs(random, 2, year))
          .Append($"    on_request: \"{year}年，本机关收到政府信息公开申请{{table3.rows.new_requests.total}}件，结转下年度{{table3.rows.carried_forward.total}}件。\"\n")
          .Append("    information_management:\n").Append(Paragraphs(random, 1, year))
          .Append("    platforms:\n").Append(Paragraphs(random, 1, year))
          .Append("    oversight:\n").Append(Paragraphs(random, 1, year))
          .Append("  problems:\n");
        if (!gov2019) sb.Append("    last_year_rectification:\n").Append(Paragraphs(random, 1, year));
        sb.Append("    current:\n").Append(Paragraphs(random, 2, year))
          .Append("    improvements:\n").Append(Paragraphs(random, 2, year))
          .Append("  other_matters:\n");
        sb.Append(gov2019 ? "    other: 无\n" : "    processing_fees:\n      amount_yuan: 0\n");
        return sb.ToString();
    }
}
