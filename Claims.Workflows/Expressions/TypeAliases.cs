namespace Claims.Workflows.Expressions;

/// <summary>Elsa's short type names (<c>String</c>, <c>Int32</c>, …) and the CLR types behind them.</summary>
public static class TypeAliases
{
    private static readonly Dictionary<string, Type> ByAlias = new(StringComparer.Ordinal)
    {
        ["String"] = typeof(string),
        ["Int32"] = typeof(int),
        ["Int64"] = typeof(long),
        ["Decimal"] = typeof(decimal),
        ["Double"] = typeof(double),
        ["Boolean"] = typeof(bool),
        ["DateTime"] = typeof(DateTime),
        ["DateTimeOffset"] = typeof(DateTimeOffset),
        ["TimeSpan"] = typeof(TimeSpan),
        ["Guid"] = typeof(Guid),
        ["Object"] = typeof(object),
        ["StringList"] = typeof(List<string>),
        ["String[]"] = typeof(List<string>),
    };

    public static IReadOnlyCollection<string> Known => ByAlias.Keys;

    public static Type? Resolve(string? alias) =>
        alias is not null && ByAlias.TryGetValue(alias, out var type) ? type : null;

    public static string AliasOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (IsStringList(t))
        {
            return "StringList";
        }

        foreach (var (alias, clr) in ByAlias)
        {
            if (clr == t)
            {
                return alias;
            }
        }

        return "Object";
    }

    public static bool IsStringList(Type type) =>
        type == typeof(List<string>) || type == typeof(IReadOnlyList<string>) || type == typeof(string[])
        || type == typeof(IList<string>) || type == typeof(IEnumerable<string>);
}
