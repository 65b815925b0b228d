using System.Text.Json.Nodes;
using Claims.Workflows.Tasks;

namespace Claims.Tests.Workflows;

/// <summary>The human-task bookmark payload as a typed record over the JSON names already stored in instances and bookmark rows.</summary>
public class HumanTaskBookmarkTests
{
    /// <summary>A payload as the untyped HumanTask wrote it before the record existed (the default encoder escapes the offset's plus).</summary>
    private const string StoredPayload =
        """{"kind":"ClaimApproval","subject":"Approve claim C-17","assigneeRole":"SeniorAdjuster","assigneeUser":null,"dueAt":"2026-01-03T09:00:00\u002B00:00","escalateTo":"ClaimsManager","outcomes":["Approve","Reject"],"link":null}""";

    [Fact]
    public void HumanTaskBookmark_StoredPayload_ReadsEveryField()
    {
        var task = HumanTaskBookmark.FromJson(JsonNode.Parse(StoredPayload)!.AsObject());

        Assert.Equal(("ClaimApproval", "Approve claim C-17", "SeniorAdjuster", null, "ClaimsManager", null),
            (task.Kind, task.Subject, task.AssigneeRole, (string?)task.AssigneeUser, task.EscalateTo, (string?)task.Link));
        Assert.Equal(new DateTimeOffset(2026, 1, 3, 9, 0, 0, TimeSpan.Zero), task.DueAt);
        Assert.Equal(["Approve", "Reject"], task.OfferedOutcomes);
    }

    [Fact]
    public void HumanTaskBookmark_ToJson_WritesTheStoredShape()
    {
        var task = new HumanTaskBookmark("ClaimApproval", "Approve claim C-17", "SeniorAdjuster", null,
            new DateTimeOffset(2026, 1, 3, 9, 0, 0, TimeSpan.Zero), "ClaimsManager", ["Approve", "Reject"], null);

        Assert.Equal(StoredPayload, task.ToJson().ToJsonString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{}""")]
    [InlineData("""{"kind":"Review","outcomes":null}""")]
    public void HumanTaskBookmark_MissingFields_ReadAsEmpty(string? json)
    {
        var task = HumanTaskBookmark.FromJson(json is null ? null : JsonNode.Parse(json)!.AsObject());

        Assert.Empty(task.OfferedOutcomes);
        Assert.Null(task.DueAt);
        Assert.Null(task.AssigneeRole);
    }
}
