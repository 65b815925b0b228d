using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Claims.Benchmarks.Chaos;

/// <summary>Reads /Admin/ErrorQueues' HTML: the count per endpoint queue, the replay's message, the form's antiforgery token.</summary>
public static partial class ErrorQueuePage
{
    public static IReadOnlyDictionary<string, int> Counts(string html) =>
        Row().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["queue"].Value), m => int.Parse(m.Groups["count"].Value, CultureInfo.InvariantCulture));

    public static string? Message(string html) => Result().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups["text"].Value) : null;

    public static string? Token(string html) => AntiforgeryToken().Match(html) is { Success: true } m ? m.Groups["token"].Value : null;

    [GeneratedRegex("""<tr data-queue="(?<queue>[^"]+)">\s*<td>[^<]*</td>\s*<td class="count">(?<count>\d+)</td>""")]
    private static partial Regex Row();

    [GeneratedRegex("""<p class="card" id="replay-result">(?<text>[^<]*)</p>""")]
    private static partial Regex Result();

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""(?<token>[^""]+)""")]
    private static partial Regex AntiforgeryToken();
}
