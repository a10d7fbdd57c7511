namespace GovReportGen.Writers.Html;

/// <summary>Where a report stands against its publishing deadline, from the data alone (no clock).</summary>
public enum PublishingState
{
    /// <summary>Published on or before the deadline.</summary>
    Published,
    /// <summary>Published after the deadline.</summary>
    Late,
    /// <summary>No <c>published_on</c> in the data: the deadline is all there is to say.</summary>
    Due,
    /// <summary>The data did not load: neither the date nor the agency's deadline is known.</summary>
    Unknown,
}

/// <summary>A report's <c>published_on</c> and its 条例 deadline (either may be unknown).</summary>
internal sealed record PublishingDates(DateOnly? PublishedOn, DateOnly? Deadline)
{
    public PublishingState State => (PublishedOn, Deadline) switch
    {
        ({ } published, { } deadline) => published <= deadline ? PublishingState.Published : PublishingState.Late,
        ({ }, null) => PublishingState.Published,
        (null, { }) => PublishingState.Due,
        _ => PublishingState.Unknown,
    };

    /// <summary>The state in Chinese, with the dates: what the dashboard prints in the 发布 column.</summary>
    public string Describe() => State switch
    {
        PublishingState.Published => $"已发布：{Chinese(PublishedOn!.Value)}",
        PublishingState.Late => $"逾期发布：{Chinese(PublishedOn!.Value)}（期限 {Chinese(Deadline!.Value)}）",
        PublishingState.Due => $"应于 {Chinese(Deadline!.Value)}前发布（未填发布日期）",
        _ => "未知（数据未能读入）",
    };

    /// <summary>Dates as the reports print them: 2025年1月31日, no zero padding.</summary>
    public static string Chinese(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
