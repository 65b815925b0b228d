namespace Claims.Web.Infrastructure.Seeding.Demo;

/// <summary>A region with the plate prefixes issued there (沪A…, 京N…, 粤B…) and its branches.</summary>
public sealed record DemoRegion(string Code, string Name, string PlateProvince, string PlateCities, decimal PriceIndex, decimal LabourIndex);

public sealed record DemoAgent(string Code, string Name, string RegionCode, string Branch);

/// <summary>Names (pinyin, family name first) drawn from the most common surnames and given names in China.</summary>
public static class DemoPeople
{
    public static readonly IReadOnlyList<DemoRegion> Regions =
    [
        new("SH", "Shanghai", "沪", "ABCDEFGHJKLMN", 1.06m, 1.00m),
        new("BJ", "Beijing", "京", "ABCEFGHJKLMNPQ", 1.04m, 0.98m),
        new("GD", "Guangdong", "粤", "ABCDEFGHJKLMNPQRSTUVWXY", 1.00m, 0.95m),
    ];

    /// <summary>The Shanghai agent shares the demo "agent" user's name.</summary>
    public static readonly IReadOnlyList<DemoAgent> Agents =
    [
        new("AG-SH-001", "Li Wei", "SH", "Shanghai Pudong"),
        new("AG-SH-002", "Gu Xiaoyan", "SH", "Shanghai Minhang"),
        new("AG-BJ-001", "Ma Jun", "BJ", "Beijing Chaoyang"),
        new("AG-BJ-002", "Tian Lihua", "BJ", "Beijing Haidian"),
        new("AG-GD-001", "Chen Zhiqiang", "GD", "Guangzhou Tianhe"),
        new("AG-GD-002", "Lin Yuting", "GD", "Shenzhen Futian"),
    ];

    public static readonly string[] Surnames =
    [
        "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu",
        "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng",
    ];

    public static readonly string[] GivenNames =
    [
        "Wei", "Fang", "Na", "Min", "Jing", "Li", "Qiang", "Lei", "Jun", "Yang", "Yong", "Yan", "Jie", "Juan", "Tao",
        "Ming", "Chao", "Xiuying", "Xiaohong", "Hui", "Hao", "Yuxuan", "Zihan", "Haoran", "Yutong", "Xinyi", "Jiahao",
        "Shuang", "Ping", "Gang", "Bo", "Hong", "Xia", "Dan", "Kai", "Guiying", "Xiuzhen", "Zhiwei", "Jianguo", "Lihua",
        "Haiyan", "Xiaoming", "Yuhang", "Ruoxi", "Mengyao", "Tingting", "Wenjie", "Dongmei", "Jianhua", "Shufen",
    ];
}
