using GovReportGen.Data.Schema;
using GovReportGen.Data.Common;

namespace GovReportGen.Data.Model;

/// <summary>One 表四 group: 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计 (given or derived).</summary>
public sealed record Table4Group(string Path, string Label, long Upheld, long Corrected, long Other, long Pending, long Total, bool TotalGiven)
{
    public long Sum => Upheld + Corrected + Other + Pending;

    public IReadOnlyList<long> Cells => new[] { Upheld, Corrected, Other, Pending, Total };
}

public sealed record Table4(Table4Group Reconsideration, Table4Group LitigationDirect, Table4Group LitigationAfterReconsideration)
{
    public IReadOnlyList<Table4Group> Groups => new[] { Reconsideration, LitigationDirect, LitigationAfterReconsideration };

    public static Table4 Read(FieldSet f)
    {
        Table4Group Group(int index)
        {
            var (key, label) = Table4Schema.Groups[index];
            var path = $"table4.{key}";
            long C(string k) => f.Count($"{path}.{k}");
            var sum = C("upheld") + C("corrected") + C("other") + C("pending");
            var given = f.Has($"{path}.total");
            return new Table4Group(path, label, C("upheld"), C("corrected"), C("other"), C("pending"), given ? C("total") : sum, given);
        }
        return new Table4(Group(0), Group(1), Group(2));
    }
}
